"""attachcoder: frame-accurate coding of caregiver–infant interaction."""

__version__ = "0.1.0"
