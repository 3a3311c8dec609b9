"""Channels: see the modules of this package."""
