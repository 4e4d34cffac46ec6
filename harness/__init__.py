"""The test harness, outside the package and outside tests/ so benchmarks/ and scripts/ can use it too.

The real desktop: a private Xvfb + D-Bus session with a tray host, notifications and a keyring.

- ``session``: :class:`~harness.session.DesktopSession`, which starts and ends the desktop.
- ``sni``: reads and clicks tray icons (StatusNotifierItem and dbusmenu) over D-Bus.
- ``notifications``: an ``org.freedesktop.Notifications`` server that records what apps send.
- ``plugin``: the pytest fixtures ``desktop``, ``desktop_session`` and ``desktop_artifacts``.
- ``bare_tray``: the smallest PySide6 tray app, for the harness's own tests.
- ``tray_app``: the app under test as a process; ``wait_until``.

The fake API with faults: ``faults`` (``FakeSeRanking``, ``Fault``) and the fault table ``fault_matrix``.

Debian packages needed: ``scripts/desktop-deps --install``.
"""
