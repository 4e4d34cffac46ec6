"""Put on PYTHONPATH of the processes tests start: its sitecustomize installs the loopback guard in them."""
