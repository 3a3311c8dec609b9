"""Ladder: see the modules of this package."""
