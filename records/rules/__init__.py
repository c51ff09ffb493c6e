"""Rules of law as data with a start date: rule sets, clocks, acceptance grounds, classification."""
