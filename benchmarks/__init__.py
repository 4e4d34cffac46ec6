"""Benchmarks of SE Ranking Tray against a bare PySide6 tray app: ``python -m benchmarks.run`` (see README.md)."""
