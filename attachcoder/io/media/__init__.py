"""What a video file holds, read with PyAV (no Qt): its frames' presentation times, the
decoder that turns a frame, named by its index, into pixels, and its sound track.

``frame_index.py`` reads every frame's start from the container (demuxing, no decoding);
``index_cache.py`` keeps that index in the user's cache folder by the video's content;
``frame_decoder.py`` decodes from the cheapest place to any frame; ``recording_date.py`` reads
the date the camera wrote into the file (the date a new session takes). ``sound_track.py``
decodes the first audio stream, ``sound_envelope.py`` (numpy) reduces it to an envelope and a
spectrogram, ``sound_cache.py`` keeps those beside the frame indexes. Imports ``core``,
``io.atomic`` and numpy only; the player, the timeline's sound row (gui) and the media probe
use it.
"""
