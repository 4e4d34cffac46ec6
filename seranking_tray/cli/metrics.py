"""`seranking-tray metrics`: every account's figures in the Prometheus text exposition (prometheus-client).

Days are given as times (`…_timestamp_seconds`), as Prometheus' conventions and `promtool check metrics` want
base units: days to expiry are `(seranking_credits_expiry_timestamp_seconds - time()) / 86400` in PromQL.

Printed once, written atomically for node_exporter's textfile collector (`--textfile`), or served (`--serve`,
loopback unless `--listen-any`) with each account checked at most once per refresh interval (cli.metrics_cache).
prometheus-client costs ~75 ms to import (most of it http.server), so only this command loads it, never `status`
or the tray (tests/test_import_budget.py).
"""

from __future__ import annotations

import argparse
import ipaddress
import signal
import sys
import threading
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from types import FrameType

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric, StateSetMetricFamily
from prometheus_client.exposition import generate_latest, start_http_server
from prometheus_client.registry import Collector, CollectorRegistry

from seranking_tray.cli.accounts import EXIT_UNKNOWN
from seranking_tray.cli.metrics_cache import Observed, OutcomeCache
from seranking_tray.cli.status_accounts import check_entries
from seranking_tray.domain.errors import ErrorKind
from seranking_tray.domain.health import PRECEDENCE
from seranking_tray.domain.meters import Meter, MeterState
from seranking_tray.service.account_list import list_entries
from seranking_tray.store.settings import LoadedSettings
from seranking_tray.system.files import write_atomically

EXIT_USAGE = 2
LABELS = ["account", "account_id"]


class AccountsCollector(Collector):
    """Builds the metric families from the cache at each scrape (or the one print)."""

    def __init__(self, cache: OutcomeCache) -> None:
        self._cache = cache

    def collect(self) -> Iterator[Metric]:
        observed = self._cache.current()
        balance = GaugeMetricFamily(
            "seranking_balance", "Project API balance, in the account's currency", labels=[*LABELS, "currency"]
        )
        threshold = GaugeMetricFamily(
            "seranking_low_balance_threshold", "Balance under which the account is low", labels=[*LABELS, "currency"]
        )
        gauges = {
            name: GaugeMetricFamily(f"seranking_{name}", text, labels=LABELS)
            for name, text in (
                ("balance_runout_timestamp_seconds", "When the balance runs out at the recent daily spend (forecast)"),
                ("subscription_expired", "1 when the Project API subscription has expired"),
                ("credits_left", "Data API credits left"),
                ("credits_limit", "Data API credits of the subscription"),
                ("credits_expiry_timestamp_seconds", "When the Data API credit subscription expires"),
                (
                    "credits_runout_timestamp_seconds",
                    "When the Data API credits run out at the recent daily use (forecast)",
                ),
                ("last_check_timestamp_seconds", "Time of the latest check"),
                ("last_success_timestamp_seconds", "Time of the latest check that could read the account"),
            )
        }
        health = StateSetMetricFamily("seranking_health", "The account's state (1: the one it is in)", labels=LABELS)
        errors = CounterMetricFamily(
            "seranking_check_errors", "Checks that failed, by the kind of failure", labels=[*LABELS, "kind"]
        )
        for o in observed:
            labels = [o.entry.account.label, o.entry.account.id]
            for kind in ErrorKind:
                errors.add_metric([*labels, kind.value], float(o.errors[kind]))
            if o.latest is None:
                continue
            state = o.latest.assessment.health
            health.add_metric(labels, {h.value: h is state for h in PRECEDENCE})
            gauges["last_check_timestamp_seconds"].add_metric(labels, o.latest.snapshot.checked_at.timestamp())
            if o.last_good is not None:
                _figures(o, labels, balance, threshold, gauges)
        yield from (balance, threshold, *gauges.values(), health, errors)


def _figures(
    o: Observed,
    labels: list[str],
    balance: GaugeMetricFamily,
    threshold: GaugeMetricFamily,
    gauges: dict[str, GaugeMetricFamily],
) -> None:
    """The last successful check's figures (kept while later checks fail: last_success says how old they are)."""
    good = o.last_good
    assert good is not None
    snapshot = good.snapshot
    gauges["last_success_timestamp_seconds"].add_metric(labels, snapshot.checked_at.astimezone(UTC).timestamp())
    if snapshot.balance is not None and snapshot.meter_state(Meter.PROJECT) is MeterState.OK:
        currency = snapshot.balance.currency_code
        balance.add_metric([*labels, currency], snapshot.balance.value)
        threshold.add_metric([*labels, currency], o.rules.low_balance_threshold)
        if good.forecast is not None and good.forecast.runs_out_at is not None:
            gauges["balance_runout_timestamp_seconds"].add_metric(labels, good.forecast.runs_out_at.timestamp())
    if snapshot.subscription is not None:
        gauges["subscription_expired"].add_metric(labels, float(snapshot.subscription.is_expired))
    credits = snapshot.credits
    if credits is not None and credits.subscribed and snapshot.meter_state(Meter.CREDITS) is MeterState.OK:
        gauges["credits_left"].add_metric(labels, credits.units_left)
        gauges["credits_limit"].add_metric(labels, credits.units_limit)
        if credits.expires_at is not None:
            gauges["credits_expiry_timestamp_seconds"].add_metric(labels, credits.expires_at.timestamp())
        runs_out = None if good.credits_forecast is None else good.credits_forecast.runs_out_at
        if runs_out is not None:
            gauges["credits_runout_timestamp_seconds"].add_metric(labels, runs_out.timestamp())


def listen_address(text: str, listen_any: bool) -> tuple[str, int]:
    """`HOST:PORT` (`[::1]:PORT` for IPv6, `:PORT` for 127.0.0.1); raises ValueError, in words, when it is not one
    or is not loopback without `listen_any` (the figures are an agency's business: never exposed by accident)."""
    host, sep, port_text = text.rpartition(":")
    if not sep or not port_text.isdigit() or int(port_text) > 65535:
        raise ValueError(f"--serve wants HOST:PORT, got {text!r}")
    host = host.strip("[]") or "127.0.0.1"
    if not listen_any and not _loopback(host):
        raise ValueError(f"{host} is not a loopback address; add --listen-any to serve the metrics there")
    return host, int(port_text)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def run_metrics(loaded: LoadedSettings, args: argparse.Namespace) -> int:
    for warning in loaded.warnings:
        print(f"warning: {warning.render()}", file=sys.stderr)
    settings = loaded.settings
    address = None
    if args.serve is not None:
        try:
            address = listen_address(args.serve, args.listen_any)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
    entries = list_entries(settings)
    interval = getattr(args, "refresh_interval", None) or settings.refresh_interval
    cache = OutcomeCache(
        entries, lambda e: settings.rules_for(e.config), lambda stale: check_entries(stale, settings), interval
    )
    registry = CollectorRegistry(auto_describe=False)
    registry.register(AccountsCollector(cache))
    if address is None:
        text = generate_latest(registry)
        if args.textfile is None:
            sys.stdout.write(text.decode("utf-8"))
            return 0
        try:
            write_atomically(Path(args.textfile), text, mode=0o644)  # node_exporter runs as a user of its own
        except OSError as exc:
            print(f"error: cannot write {args.textfile}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_UNKNOWN
        return 0
    return _serve(registry, address)


def _serve(registry: CollectorRegistry, address: tuple[str, int]) -> int:
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        server, thread = start_http_server(address[1], address[0], registry)
    except OSError as exc:
        print(f"error: cannot listen on {address[0]}:{address[1]}: {exc.strerror}", file=sys.stderr)
        return EXIT_UNKNOWN
    host, port = str(server.server_address[0]), server.server_address[1]
    shown = f"[{host}]" if ":" in host else host
    print(f"serving the metrics on http://{shown}:{port}/metrics", file=sys.stderr, flush=True)
    try:
        stop.wait()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5.0)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return 0
