"""Real-desktop test harness: a private Xvfb + D-Bus session with a tray host, notifications and a keyring.

- ``session``: :class:`~tests.desktop.session.DesktopSession`, which starts and ends the desktop.
- ``sni``: reads and clicks tray icons (StatusNotifierItem and dbusmenu) over D-Bus.
- ``notifications``: an ``org.freedesktop.Notifications`` server that records what apps send.
- ``plugin``: the pytest fixtures ``desktop``, ``desktop_session`` and ``desktop_artifacts``.
- ``bare_tray``: the smallest PySide6 tray app, for the harness's own tests.

Debian packages needed: ``scripts/desktop-deps --install``.
"""
