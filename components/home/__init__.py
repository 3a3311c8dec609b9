"""What the home page draws: the ladder at a glance, where to start, the sources' facts."""
