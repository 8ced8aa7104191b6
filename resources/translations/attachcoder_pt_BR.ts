<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Study agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, onset tolerance {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} double-coded video(s) with both codings complete. Unit {1}, tolerance {2} (symmetric), event alignment {3}, excluded rule {4}. 95% CIs of the pooled and mean κ: bootstrap over videos (seed {5}); of a pair&apos;s κ: treating its units as independent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean κ (time units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean κ (events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled κ (time units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ (headline layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy methods text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reliability paragraph of a methods section, written from these figures (as `attachcoder study agreement DIR --methods` prints it; in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Batch export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook to write (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write CSV files to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the coders&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session files and folders (folders are searched for .acs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add session files or folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the workbook to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {0} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the session files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0} ({1} of {2})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session could be read, so nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} session(s) from {1} file(s) written to {2}, and {3} CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} session(s) from {1} file(s) written to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} file(s) could not be read; see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the notes below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraRow</name>
    <message>
        <source>the video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this video starts on the session clock (e.g. 400 when the second camera started 0.4 s after the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use this video: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the checksum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}, {2} MB — {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraSync</name>
    <message>
        <source>Loading camera 2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ▸ Locate camera 2 video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera 2, frame-locked to camera 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera 2 ({0}), frame-locked to camera 1; starts at {1} ms on the session clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera 2 not found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeForm</name>
    <message>
        <source>One letter or digit; case does not matter; never a player key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a coder must see to use this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the measures count this code as: attuned, misattuned (a rupture), repair, or excluded (left out of codable time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g.  initiator: caregiver, infant, mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a note when coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} episode(s) of this code in the open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <source>Mark {0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop {0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} at {1} was not coded: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not coded: the video is still loading; code when its first frame shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not coded: the video cannot be played ({0}): choose a good copy with File ▸ Locate video…. The table can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no video frame to code at: locate the video (File menu). The table can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not kept: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That episode no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier not set: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingPad</name>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — key &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Modifiers: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session first, then compare it with another coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Nothing was compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be compared with {1}: {2}.

Choose a coding of the same video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be computed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped comparing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another coding of this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap (Holle &amp; Rein)</source>
        <extracomment>The event alignments and the excluded rules as the panel&apos;s combo boxes offer them (value, label, explanation; the label and explanation are shown translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States link at the overlap share of the longer one, points within the point window; codes are ignored (EasyDIAg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSEQ (Bakeman et al. 2009)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sequences of episodes aligned by dynamic programming; episodes pair only when their onsets are within the onset tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop when both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out time both codings call uncodable: agreeing that nothing could be coded is not agreement on the interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop when either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out time either coding calls uncodable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count uncodable like any other code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{0}, {1}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures, the list and the timeline marks are being recomputed after an edit;
until then they are those of the coding before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a time unit: 1s, 250ms, 1f …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences this close to the same label in the other coding count as agreement
(rounded to whole units; percent agreement never falls as it grows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points link when their onsets are this close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States link when they overlap by this share of the longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How events are paired before event κ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSEQ alignment: episodes pair when their onsets are this close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How codes with role &apos;excluded&apos; count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncodable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset tol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: &lt;span style=&apos;color:{0}&apos;&gt;■■&lt;/span&gt; disagreement &amp;nbsp; &lt;span style=&apos;color:{1}&apos;&gt;▬▬&lt;/span&gt; forgiven by the tolerance &amp;nbsp; ▨ layer not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Comparing&lt;/b&gt; this coding ({0})&lt;br&gt;with {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time units of {0} ms ({1}) over 0–{2} s, each labelled by the code at its midpoint; tolerance {3} = {4} unit(s) (symmetric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time units of {0} ms ({1}) over 0–{2} s, each labelled by the code at its midpoint; tolerance {3} = {4} unit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a tolerance κ may move either way; percent agreement never falls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: codes only one scheme has are set aside ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands after Landis &amp; Koch (1977) describe κ; they are not a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state layer; compared codes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point layer; compared codes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean |onset Δ|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tallies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this {0}, other {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisagreementList</name>
    <message>
        <source>by time units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time units: stretches where the units&apos; labels differ (marked on the timeline).
Events: episodes linked with another code, or not linked at all (∅).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} event coded differently or not linked (∅)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} events coded differently or not linked (∅)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} disagreeing stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} disagreeing stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} forgiven by the tolerance)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgiven (tolerance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the codes differ, but the tolerance counts this as agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show this moment in the video.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0} of {1} at {2}</source>
        <extracomment>the crash journal could not be written (disk full, folder read-only): say so once, because until the next save a crash would lose the changes since a save is about to be written: last-moment updates (a live clock&apos;s span) go in now tells another copy of attachcoder that this file is open here the file as this window last read or wrote it, to notice another writer on save a second window on a file another window has open journals beside, not over, it the furthest instant shown (session ms) and the least that changes the field: the field itself, or for a file that does not say yet, the last coded instant a session with no file yet (a new session): it counts as unsaved until saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDetail</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this episode (Ctrl+Enter or click away keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode&apos;s note, whole. It is kept when you click elsewhere or press Ctrl+Enter (one undo step); Escape puts back what was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an episode to see its note and modifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of this episode (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not set yet: choose it (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeTable</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeTableModel</name>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter moves the boundary: a touching episode&apos;s edge moves with it (as dragging it in the timeline does). Shift+Enter moves this edge alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} at {1}: {2} not set yet — choose it in the detail pane under the table (or type it in the Modifiers column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write modifiers as name=value (modifiers of {0}: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no modifier {1} (it has: {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a value of {1}; choose one of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an episode needs an onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {0} has no code {1} (codes: {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {0} is not in the scheme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSessionDialog</name>
    <message>
        <source>Export workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the coder&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out free text when the workbook leaves the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper the workbook prints on (the locale&apos;s by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook names the session by its IDs, never by a video or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook was not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameCache</name>
    <message>
        <source>{0}: frames could not be decoded ({1})</source>
        <extracomment>Pictures kept at most (bytes): ~90 frames of a 960 × 540 pane, 24 of full 1080p. Frames decoded ahead of the wanted one, at most. a frame asked for with :meth:`want` is now in the cache a frame asked for that the decoder does not give (the player asks QMediaPlayer) the decoder cannot read the file (the player then keeps using QMediaPlayer)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HashWorker</name>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>Other tools&apos; codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELAN annotation files</source>
        <extracomment>what each export&apos;s files are called in a file dialog (the patterns are added)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDIS timed-event data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BORIS projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datavyu projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praat TextGrids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a coding from another tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds no coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, imported from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} episodes from {1}; use Save as to keep them as a session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the observation {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0}: {1} episodes in {2} layer(s). The choices the importer made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing needed a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was not written: {1}

Your session is unchanged; try another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} ({1}, {2} episodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was written. Please note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported, with remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current session was not changed. Fix the file in the tool that wrote it, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} holds {1} observations; the window opens one at a time.
(attachcoder import FILE -o FOLDER imports them all.)

Import which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not importable: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an observation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerForm</name>
    <message>
        <source>states (one at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points (instants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the measures use this layer for: &apos;interaction&apos; for attuned / misattuned / repair, &apos;phase&apos; for play / still-face / reunion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCoding</name>
    <message>
        <source>Live session: no video</source>
        <extracomment>where clocks read the time (None: a monotonic timer); tests give a fake one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock stopped at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running states were not closed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock stopped at {0}: running states end there (Undo brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Start the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the observation here: running states end at this time (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Live coding&lt;/b&gt; — no video; the session runs on this clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running — code with the scheme&apos;s keys; {0} pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the observation ended here. {0} starts the clock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — {0} starts the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an episode in the table to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes are not protected against a crash ({0}). Save now (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>mother</source>
        <extracomment>kept in the file in English (batch tables group by them); shown in the window&apos;s language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session date {0} must be written YYYY-MM-DD (e.g. 2026-03-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. D014 — a code, never a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. C2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected for prematurity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymous IDs only: no names, no birth dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyad ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infant age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dyad ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coder ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0} {1} names files in exports; leave out / \ : * ? &quot; &lt; &gt; |</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModifierBar</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {0} = {1} for this {2} episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide (the modifier stays empty, marked in the table; set it under the table later)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code live, on a clock (no video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second, synchronised camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default attachment scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to keep the session ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”: {1} layers, {2} codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the video of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: still reading the video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose where to keep the session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {0} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} exists already; choose another name (nothing is overwritten)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewStudyDialog</name>
    <message>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders (IDs, commas between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share double-coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap (Holle &amp; Rein 2015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSEQ (Bakeman, Quera &amp; Gnisci 2009)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How events are paired for event κ: by overlap (states at ≥ 60% of the longer one, points within 1 s) or by GSEQ&apos;s dynamic-programming alignment of onsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSEQ alignment: onsets this close may pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset tolerance (GSEQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out when both say uncodable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out when either says uncodable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count uncodable as a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes with role &apos;excluded&apos; (uncodable): agreeing that nothing could be coded is not agreement on the interaction, so by default such time is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncodable time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the new study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotePrompt</name>
    <message>
        <source>Type a note; Enter keeps it, Escape leaves none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for &lt;b&gt;{0}&lt;/b&gt; at {1}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtTimeline</name>
    <message>
        <source>Drag an edge to move it; where two episodes touch, both move. Hold Shift to move the edge alone. Click to seek, double-click to go to an episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit was undone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} / 100 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingTable</name>
    <message>
        <source>Rating item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating item {0}: min {1} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating item {0}: max {1} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsDialog</name>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme has no rating items (add them in the scheme editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ratings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeEditorDialog</name>
    <message>
        <source>Coding scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers and codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a layer or a code to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rating item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rating item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before saving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a code in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has {0} episode(s) coded with {1}. Remove it and delete those episodes? (Undo after saving the scheme brings them back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {0} has coded states; it cannot hold points (add a new layer instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {0} has coded points; it cannot hold states (add a new layer instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scheme as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme does not fit this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding will be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving this scheme changes the coding:

• {0}

Go ahead? (Edit → Undo brings it all back.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was not written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scheme has no rating items; add them in Session ▸ Coding scheme…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundRow</name>
    <message>
        <source>The video&apos;s sound. Click or drag to move the video; right-click (or click Sound ▾) for the spectrogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spectrogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sound track… {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spectrogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound of camera {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>The sample session is not installed with this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sample session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {0} — coding caregiver–infant interaction: attuned, misattuned, repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video (or two cameras) or a live session, a scheme and the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session file (.acs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coded six-minute still-face session to practise on (a copy: the sample itself is never changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is one &lt;b&gt;.acs&lt;/b&gt; file beside its video (the video is never copied). Press &lt;b&gt;F1&lt;/b&gt; in the coding window for every key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent sessions&lt;/b&gt; (click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions opened yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyDashboard</name>
    <message>
        <source>You are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add videos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw reliability sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} video(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — study — attachcoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next for {0}:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Next for the study:&lt;/b&gt; {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; and {1} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are (You are: …) to open your codings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yours to code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyad {0} is coded by {1}. {2} has no coding of it; another coder&apos;s session is never opened for you (blind double-coding).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyLink</name>
    <message>
        <source>This coding is complete and opens read-only; Session → Reopen for editing to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked complete: states are still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked complete: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>frame {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the frame on screen (hh:mm:ss.mmm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the frame on screen (the first frame is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed: ] faster, [ slower, \ back to 1×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsetCount</name>
    <message>
        <source>Episodes whose code has a modifier nobody set yet (marked in the table). Click to select the next one, then choose the value under the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} without {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <source>no such file</source>
        <extracomment>(slowest, fastest) rate when the video&apos;s rate varies; None when constant or unknown</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoWidget</name>
    <message>
        <source>No video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ▸ Locate video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be played:
{1}.

Choose a good copy of the video with {2}
The coding in the table can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <source>excellent</source>
        <extracomment>Koo &amp; Li (2016): below .50 poor, .50–.75 moderate, .75–.90 good, above .90 excellent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost perfect</source>
        <extracomment>The normal quantile of a two-sided 95% interval (z_.975), as statsmodels&apos; cohens_kappa. Landis &amp; Koch (1977), intervals closed on the left. Printed beside κ, never as a verdict. The words are marked for translation (context &quot;agreement&quot;): the window and the workbook show them in their language; JSON and text output keep these.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substantial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE and 95% CI of κ: Fleiss, Cohen &amp; Everitt (1969), treating units as independent (they are not: neighbouring time units are alike, so the interval is too narrow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{0}, {1}]</source>
        <extracomment>Okabe–Ito, one colour per coder (they repeat past eight coders)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer drift: rolling mean κ of the last five pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability pair, by completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (below criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>completion</name>
    <message>
        <source>states are still running; choose where they end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, does not start before {1}, so it cannot end there; show a later frame, or close it at the end of the video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <source>{0} — missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — saved {1}, cannot be read ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — saved {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two copies of this coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync client (or a person) left a second copy of this coding:

  • {0}
  • {1}

Until one is kept, the video counts as a conflict: it is in no export and no agreement. Compare the two, then keep one — the other is renamed aside (….bak), never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be renamed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept {0}; the other is now {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the sheet names, headings and notes; the data tables&apos; column names stay English identifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export failed unexpectedly ({0}); see the log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>file_flow</name>
    <message>
        <source>Cannot open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved coding of {0}; save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(last change {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video not found: {0}
File ▸ Locate video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video {0} was not found; the table can still be edited. Locate it from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the video {0}; save to remember where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coding is safe in memory and in the journal; try another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coding is only in memory now: keep this window open and save to another place (another disk or folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>F2, Enter</source>
        <extracomment>how episodes are edited: (keys, what they do), as HTML (marked for translation)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the episode table, F2 edits the cell; Enter keeps the edit. At a boundary two touching episodes share, a new onset or offset moves &lt;b&gt;both&lt;/b&gt; sides, as dragging the boundary in the timeline does (one undo step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a new onset or offset for &lt;b&gt;this edge alone&lt;/b&gt; (the neighbour stays: a gap opens, or an overlap is refused). In the timeline, hold Shift while dragging an edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the table, the selected episode&apos;s note (Ctrl+Enter or clicking away keeps it, Escape puts back what was there) and its modifiers. A modifier left unset is tinted in the table and counted in the status bar; click the count to go to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for the scheme “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &lt;b&gt;state&lt;/b&gt; key starts that state and ends the one running in its layer at the same frame; pressing the running state&apos;s key again ends it. A &lt;b&gt;point&lt;/b&gt; key marks an instant. Keys code the frame on screen, wherever the focus is (except in a text field); Shift is never needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then choose {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for a note (Enter keeps it, Escape leaves it out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player and window keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ids</name>
    <message>
        <source>the {0} {1} holds {2}: IDs name rows in every report and files on disk; type it again without control or text-direction characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keymap</name>
    <message>
        <source> or </source>
        <extracomment>&quot;player&quot; keys are routed by the window itself wherever the focus is (except text fields); &quot;menu&quot; keys are ordinary menu shortcuts (a text field keeps its own Ctrl+Z). the menu an action sits in (None: it has keys only) who runs it: &quot;window&quot; (the main window&apos;s methods), &quot;session&quot; (the Session menu&apos;s ``SessionActions``), or the part named (camera 2, import/export, Compare with…, the live clock, the timeline, the study link); a player action with no slot runs through the window&apos;s ``trigger`` &quot;document&quot;: enabled only while a session is open; &quot;part&quot;: its owner enables it by a state of its own (camera 2 needs a second video, Stop comparing a comparison, Undo a step)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport for other tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal speed (1×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep playing while typing a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline follows the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locate video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate camera 2 video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate camera &amp;2 video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an ELAN, BORIS, Datavyu or Praat coding as a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELAN (.eaf)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this session as ELAN annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BORIS (.boris)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this session as a BORIS project (ethogram from the scheme, one observation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datavyu (.opf)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this session as a Datavyu project (one column per layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praat (.TextGrid)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this session as a Praat TextGrid (one tier per layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDIS for GSEQ (.sds)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this session as SDIS timed-event data for GSEQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes table (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this session as episodes table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave notes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the exports above without the coders&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load another coding of this session (e.g. a second observer&apos;s) and see where the two agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stud&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open s&amp;tudy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window, the default scheme and the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding scheme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding &amp;scheme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers, codes, keys, colours and rating items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyad and coder IDs, date, infant age, caregiver, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ratings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / pause the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark coding complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window, the default scheme and the workbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachcoder speaks {0} from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>load_watch</name>
    <message>
        <source>it is not a video that can be read (damaged, cut short, or not a video file)</source>
        <extracomment>the reasons, in English (marked; shown through :func:`said` in the window&apos;s language)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no video stream (sound only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picture could be decoded from it (the file is probably cut short or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <source>Length of the phase (or of the whole session for phase &apos;all&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of segments added up: phase episodes, or stretches outside every phase. Without phases the whole session is one segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes in the session file (all layers; phase &apos;all&apos; only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes that cross a segment boundary; each is clipped and counted once in every segment it touches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the coding was observed (metadata.observed_to_ms, or the last coded instant when later): every figure covers 0 to here. Empty when the file does not say (older files, imports): then the whole media is covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the media (of the live session&apos;s clock without media).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed_to / media_duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States still running in the file, ended where the coding was observed to for these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States still running in a file that does not say how far it was observed: left out of every figure (never taken to run to the end of the media).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the layer&apos;s episodes cover (uncodable time included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the phase not covered by any episode of the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered time / duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncoded gaps longer than 1 s (for &apos;all&apos;, found on the whole session&apos;s timeline; for a phase, the parts inside its segments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total length of those gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T: covered time minus time in codes with role &apos;excluded&apos;. The denominator of every proportion and rate of the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in codes with role &apos;excluded&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of episodes of the code (a point&apos;s count for point layers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D: summed duration of the code&apos;s episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D / T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D / count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median episode duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count / (T / 60 s). For point codes T is the interaction layer&apos;s codable time (the phase&apos;s duration when there is no interaction layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in codes with role &apos;attuned&apos; / T of the interaction layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in codes with role &apos;misattuned&apos; / T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in codes with role &apos;repair&apos; / T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes with role &apos;misattuned&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruptures followed, inside their segment and skipping &apos;excluded&apos; episodes and gaps, by an &apos;attuned&apos; episode before any other &apos;misattuned&apos; one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruptures followed first by another &apos;misattuned&apos; one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruptures whose segment ends first (censored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repaired / (ruptures − unresolved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of (onset of the repairing &apos;attuned&apos; episode − onset of the rupture), clock time: skipped excluded and uncoded time counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of repaired ruptures the time to repair is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes with role &apos;repair&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair attempts whose next codable episode in the segment is &apos;attuned&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair attempts cut off by the end of their segment (no codable episode follows in it): censored, like unresolved ruptures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>successful / (repair attempts − unresolved attempts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair attempts by modifier value, e.g. repair_attempts_initiator_caregiver; &apos;_not_coded&apos; when the modifier was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n_ij: lag-1 transitions from code i to code j between consecutive codable episodes of the interaction layer inside a segment; an &apos;excluded&apos; episode or an uncoded gap breaks the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p(j | i) = n_ij / n_i+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yule&apos;s Q for i → j: a = n_ij, b = n_i+ − a, c = n_+j − a, d = N − a − b − c; Q = (ad − bc) / (ad + bc). On the diagonal (i → i) Q is near −1 by construction: a state is normally followed by another code, so read it as no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m(still-face) − m(play) for a headline measure m; needs all three phases coded. The phases are the phase codes with roles play, still-face and reunion (never the codes&apos; order); without those roles it is empty, with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m(reunion) − m(play) for a headline measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s global rating for the item named in &apos;code&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>observed</name>
    <message>
        <source>{0} in layer {1}, started at {2}</source>
        <extracomment>the end of the span every figure covers (the observed end, or the media&apos;s end) the end of the media (the span a fully observed coding covers) as the file says (None: not recorded — an older file or an import) states still running, ended at ``end_ms`` for the figures: (layer, episode) states still running in a file that does not say how far it was observed: left out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, is still running and the file does not say how far the coding was observed (no observed_to_ms: an older file or an import); it is left out of every figure. Open the session in attachcoder and end it where it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures end it at {0}, as far as this coding was observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure counts it until the coding says how far it was observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running: {0} — {1}. End it with its key, or Session → Mark coding complete when the coding is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachcoder sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has changes that are not saved.

Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These states are still running:
{0}

A complete coding has nothing running. Where do they end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the video ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the session ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the frame on screen ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the clock&apos;s time ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is open in {1}.

If both copies change it, each overwrites the other&apos;s saves and crash journal, and coding is lost. Close it there first, or open it here only if that copy is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was changed on disk since this window opened or saved it — by another window, another computer (through a sync client) or a program.

Overwrite it with this window&apos;s coding, save this coding under another name, or reload the file from disk (this window&apos;s unsaved changes are then dropped)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved coding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was not closed properly {1}, and it has coding that was never saved.

Recover it? (Recovered coding is marked as unsaved until you save it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s video is not where it was:
{0}

Locate it? You can keep coding in the table meanwhile, and locate it later from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not the video this session was coded on (its content differs).

Use it anyway? Times would then refer to a different recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>read_only</name>
    <message>
        <source>This coding is marked complete, so it is read-only. Choose Session → Reopen for editing to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scheme_editor</name>
    <message>
        <source>Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the coding scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme does not fit this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scheme_forms</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interaction</source>
        <extracomment>the roles as the scheme files write them, marked for translation where the forms show them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attuned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misattuned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still-face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reunion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>{0} is still running in layer {1}; {2} cannot start after it (end {3} first)</source>
        <extracomment>The session fields a FieldChange may replace. Makes a change on a scratch copy of the session and returns the copy (raising KeyError, ValueError or IndexError when the change does not fit).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot run on while {1} follows at {2} in layer {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} would overlap {1} in layer {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset {0} is not after onset {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is past the end of the media ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a value of modifier {1} (one of {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; and {1} more problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Move onset of {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move onset of {0} to {1} (and offset of {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move offset of {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move offset of {0} to {1} (and onset of {2})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>study</name>
    <message>
        <source>(choose who you are)</source>
        <extracomment>``open_session(path, read_only)``: the host opens the coder&apos;s session file ``compare(path_a, path_b)``: the host opens ``path_a`` and compares it with ``path_b``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>status → background (Okabe–Ito, light): the colour says it at a glance, the text says it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All videos</source>
        <extracomment>the filters (their English names are the modes; the box shows them translated)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <extracomment>the statuses as the study files write them, marked for translation where they are shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: a second copy ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: {0} more copies ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add video files, or a folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every video in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding videos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0} ({1} of {2})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The videos were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} video(s) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every video has been considered by a draw already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the reliability sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw among the {0} video(s) not yet considered, with seed {1}, so that at least {2} of all videos are double-coded?

Earlier picks never change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample was not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the complete primary codings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No primary coding is complete yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} complete primary coding(s) and {1} reliability pair(s) written to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open study (its folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are (You are: …) to see your codings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no coding assigned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the conflict of {0}: double-click it to compare the two copies and keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with {0} (double-click); when a coding is done, Session → Mark coding complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your next coding: {0} (double-click it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0} of your codings are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the study&apos;s videos (Add videos…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the reliability sample (Draw reliability sample…): {0} video(s) not yet considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} coding(s) in conflict: they are in no export until resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every primary coding is complete: Agreement… ({0} pair(s)), then Export….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} primary codings complete; {2} double-coded pair(s) can be compared now (Agreement…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} primary codings complete; agreement needs a double-coded video whose two codings are complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unsaved_imports</name>
    <message>
        <source>The session imported from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(last change {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

The journal was kept as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered import of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the unsaved session imported from {0}; save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <source>not coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands after Landis &amp; Koch (1977) describe κ; they are not a verdict. With a tolerance, κ may rise or fall; percent agreement never falls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC(2,1): two-way random effects, absolute agreement, single rater (Shrout &amp; Fleiss 1979); 95% CI after McGraw &amp; Wong (1996). Words after Koo &amp; Li (2016): poor below .50, moderate to .75, good to .90, excellent above; a description, not a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pair with κ undefined (nothing to compare, or one category throughout) is left out of the mean, minimum and maximum of its column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ (time units)</source>
        <extracomment>Readable headers for the pairs&apos; ``LAYER.figure`` columns.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ (events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% agreement (time units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% linked (events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed agreement p_o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chance agreement p_e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean |onset difference| (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first coding (A, rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second coding (B, columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration A (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration B (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common span (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time unit (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerance (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time unit rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerance rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event alignment, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onset tolerance (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap to link states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window to link points (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded rule, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (only A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (only B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes left out of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: episodes under one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code at each unit&apos;s midpoint; a partial last unit dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symmetric: a unit forgiven by both labels counts half for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>the sheets, as English names; :func:`sheet_name` gives each in the workbook&apos;s language, except the data tables, which keep their English names (scripts read them by name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgiven by tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}: rows {2} (A), columns {3} (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dyad ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coder A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coder B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ undefined in: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSEQ&apos;s (Bakeman, Quera &amp; Gnisci 2009), onset tolerance {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by overlap (states at ≥ {0} of the longer one, points within {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes below criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>A proportion difference is shown as percentage points: the cell holds it × 100, and the column name says so (sessions.csv keeps the raw difference under the plain name). Numeric columns of the Sessions sheet are as wide as their numbers, their long names wrapped over up to this many lines: at the names&apos; width (up to 40 characters) the sheet printed across 20 pages for 20 sessions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(export with a CSV folder, e.g. --csv DIR, to get it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} continue on {1}; the CSV holds the whole table {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} session(s) exported; problems are listed on the Problems sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Sessions sheet prints each session&apos;s headline figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each session&apos;s own workbook prints them as a Timeline score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and modifiers — what the coder saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} episode(s) with a note or a modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0} modifier(s) not coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; free-text notes left out (--no-notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No episode has a note or a modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook identifies the session by its pseudonymous IDs (dyad, coder, date) and its session key, never by a file name; it holds no video and no video or folder path.</source>
        <extracomment>sheets R and SPSS scripts read: their names and column names stay English identifiers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names stay English identifiers so R and SPSS scripts keep working: the sheets {0} keep their English names and columns, as do the CSV files; measure names and units below are those identifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out (--no-notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures (docs/metrics.md explains each with a worked example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, version {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-coded videos with both codings complete (not in the analysis tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dyad_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session_date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: κ time units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: κ events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled, per layer (95% CIs: percentile bootstrap over videos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean κ time units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean κ events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pooled κ time units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC(2,1) between the two codings over the pairs (95% CI: McGraw &amp; Wong 1996)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gseq (Bakeman, Quera &amp; Gnisci 2009), onset tolerance {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap (≥ {0} of the longer state; points within {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: unit {0}, tolerance {1} (symmetric), event alignment {2}, excluded rule {3}; bootstrap: {4} resamples of the videos, seed {5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pair&apos;s κ CI treats its units as independent (Fleiss, Cohen &amp; Everitt 1969), so it is too narrow; a pair with κ undefined is left out of the mean ({0} here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pair&apos;s κ CI treats its units as independent (Fleiss, Cohen &amp; Everitt 1969), so it is too narrow; a pair with κ undefined is left out of the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rolling κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer drift: rolling mean κ of the last five pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability pair (by completion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope per 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete pair yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportion attuned</source>
        <extracomment>RowSheet and write_transitions lived here; they stay importable from this module labels in English, marked for translation; shown through ``translate(&quot;workbook&quot;, …)``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportion misattuned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportion repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruptures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportion repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to repair (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachcoder — session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyad ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infant age (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes crossing a phase boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncoded gaps &gt; 1 s ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session notes (the coder&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <extracomment>The Summary&apos;s headline table, column by column: (label, measure or key, number format). The counts proportion repaired is made of stand beside it (repaired of resolved, and the unresolved ones left out), so a reader sees &quot;100 %&quot; is 1 of 1 and not 40 of 40.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codable time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (repaired or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mother</source>
        <extracomment>the caregiver roles the window offers, kept in English in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline measures by phase</source>
        <extracomment>where the chart stands: right of the label–value pairs (columns A–B, their text running into C–F: &quot;observed to 00:01:00.000 of 00:04:00.000 (25 %)&quot; needs more than B–E, and under a chart at E3 the share was hidden), from the third row; 14 cm wide and 6.5 cm high it spans columns G–L and rows 3–16 where the chart finds the three proportions (1-based columns of the headline table)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportions are of codable time (uncodable time left out). Proportion repaired = repaired / resolved: a rupture the end of its phase cuts off (unresolved) says nothing either way. No proportion is a pass mark: read the proportion attuned beside the repair measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: not coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportion successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair attempts by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportion of codable time, by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proportion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still-face effect and reunion carry-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still-face
− play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reunion
− play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (percentage points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncoded gaps longer than 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more (from {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} rows for analysis, not printed ({2}). To print them, select the sheet and clear its print area (Page Layout → Print Area → Clear).</source>
        <extracomment>The per-session sheet also shows onset and offset as hh:mm:ss.mmm (Excel times).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Summary prints its figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Timeline prints them as a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer_role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks_note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline — {0}</source>
        <extracomment>the mark of a cell that also holds an episode its colour does not show</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: one row per minute, one cell per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell shows the code at the middle of its second; {0} marks a second that also holds an episode too short to show (see the Episodes sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey: Yule&apos;s Q from a 2×2 table with a cell under {0} transitions — too few to read as a finding (Bakeman &amp; Quera 2011); the counts above say how few.</source>
        <extracomment>a Yule&apos;s Q from too few transitions: shown, but greyed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag-1 transitions between interaction codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are the earlier code i, columns the next code j. Chains stay inside a phase; an uncodable episode or an uncoded gap breaks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme has no interaction layer: there are no transitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts n(i → j)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p(j | i)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yule&apos;s Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: from \ to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
