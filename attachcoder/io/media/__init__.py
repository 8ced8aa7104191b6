"""What a video file holds, read with PyAV (no Qt): its frames' presentation times and the
decoder that turns a frame, named by its index, into pixels.

``frame_index.py`` reads every frame's start from the container (demuxing, no decoding);
``index_cache.py`` keeps that index in the user's cache folder by the video's content;
``frame_decoder.py`` decodes from the cheapest place to any frame; ``recording_date.py`` reads
the date the camera wrote into the file (the date a new session takes). Imports ``core`` and
``io.atomic`` only; the player (gui) and the media probe use it.
"""
