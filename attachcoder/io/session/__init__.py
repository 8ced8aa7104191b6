"""The session file and its safety net.

``file.py`` reads and writes ``.acs`` files (``schema.py`` validates them against
``schemas/session.schema.json``, ``strict_json.py`` refuses what JSON should not carry,
``codec.py`` turns records into JSON and back). ``journal.py`` writes one line per change as the
coder works (the line itself is made in ``journal_records.py``), ``recovery.py`` replays a
journal after a crash, ``lock.py`` warns a second window. Imports only ``io.installed``,
``io.atomic`` and ``io.fault_points`` below it — never sheets, reports or study.
"""
