"""Installs the loopback guard in every Python process tests start (this directory is on their PYTHONPATH).

Active only while SERANKING_LOOPBACK_GUARD names the file refusals are written to (harness/loopback_plugin.py
sets it for the test run), so a developer who puts this directory on a path by mistake is not affected.
"""

import seranking_loopback_guard

seranking_loopback_guard.install_from_environment()
