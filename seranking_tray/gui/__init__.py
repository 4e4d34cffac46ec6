"""The Qt layer: adapts the Qt-free core to a tray icon, windows and a worker thread."""
