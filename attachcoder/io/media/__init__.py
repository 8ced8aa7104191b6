"""Reading what a video file holds, without Qt: its frames' presentation times (PyAV), the
cache that keeps them between sessions, and the decoder that turns frames into pixels."""
