<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Study agreement</source>
            <translation>Übereinstimmung der Studie</translation>
        </message>
        <message>
            <source>{0}, onset tolerance {1}</source>
            <translation>{0}, Beginn-Toleranz {1}</translation>
        </message>
        <message>
            <source>{0} double-coded video(s) with both codings complete. Unit {1}, tolerance {2} (symmetric), event alignment {3}, excluded rule {4}. 95% CIs of the pooled and mean κ: bootstrap over videos (seed {5}); of a pair's κ: treating its units as independent.</source>
            <translation>{0} doppelt kodierte(s) Video(s) mit beiden Kodierungen abgeschlossen. Einheit {1}, Toleranz {2} (symmetrisch), Ereignis-Zuordnung {3}, Regel für Ausgeschlossenes {4}. 95%-KI des gepoolten und des mittleren κ: Bootstrap über Videos (Startwert {5}); des κ eines Paares: seine Einheiten als unabhängig behandelt.</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Paare</translation>
        </message>
        <message>
            <source>κ undefined</source>
            <translation>κ nicht definiert</translation>
        </message>
        <message>
            <source>Mean κ (time units)</source>
            <translation>Mittleres κ (Zeiteinheiten)</translation>
        </message>
        <message>
            <source>95% CI</source>
            <translation>95%-KI</translation>
        </message>
        <message>
            <source>Mean κ (events)</source>
            <translation>Mittleres κ (Ereignisse)</translation>
        </message>
        <message>
            <source>Pooled κ (time units)</source>
            <translation>Gepooltes κ (Zeiteinheiten)</translation>
        </message>
        <message>
            <source>Pooled</source>
            <translation>Gepoolt</translation>
        </message>
        <message>
            <source>Dyad</source>
            <translation>Dyade</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Erstkodierer/in</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Reliabilitätskodierer/in</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>κ (headline layer)</source>
            <translation>κ (Hauptebene)</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Drift</translation>
        </message>
        <message>
            <source>Copy methods text</source>
            <translation>Methodentext kopieren</translation>
        </message>
        <message>
            <source>Copy the reliability paragraph of a methods section, written from these figures (as `attachcoder study agreement DIR --methods` prints it; in English)</source>
            <translation>Den Reliabilitätsabsatz eines Methodenteils kopieren, aus diesen Werten formuliert (wie ihn `attachcoder study agreement DIR --methods` ausgibt; auf Englisch)</translation>
        </message>
        <message>
            <source>Copied ✓</source>
            <translation>Kopiert ✓</translation>
        </message>
    </context>
    <context>
        <name>BatchExportDialog</name>
        <message>
            <source>Batch export</source>
            <translation>Stapelexport</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Dateien hinzufügen…</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Ordner hinzufügen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>the workbook to write (.xlsx)</source>
            <translation>die zu schreibende Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <source>Also write CSV files to</source>
            <translation>Zusätzlich CSV-Dateien schreiben nach</translation>
        </message>
        <message>
            <source>Include the coders' notes</source>
            <translation>Notizen der Kodierer/innen einschließen</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Workbook</source>
            <translation>Arbeitsmappe</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Session files and folders (folders are searched for .acs):</source>
            <translation>Sitzungsdateien und Ordner (Ordner werden nach .acs durchsucht):</translation>
        </message>
        <message>
            <source>Add session files</source>
            <translation>Sitzungsdateien hinzufügen</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Add a folder of sessions</source>
            <translation>Einen Ordner mit Sitzungen hinzufügen</translation>
        </message>
        <message>
            <source>Write the workbook</source>
            <translation>Arbeitsmappe schreiben</translation>
        </message>
        <message>
            <source>Write CSV files into</source>
            <translation>CSV-Dateien schreiben in</translation>
        </message>
        <message>
            <source>add session files or folders</source>
            <translation>fügen Sie Sitzungsdateien oder Ordner hinzu</translation>
        </message>
        <message>
            <source>choose the workbook to write</source>
            <translation>wählen Sie die zu schreibende Arbeitsmappe</translation>
        </message>
        <message>
            <source>the folder {0} does not exist</source>
            <translation>der Ordner {0} existiert nicht</translation>
        </message>
        <message>
            <source>choose the folder for the CSV files</source>
            <translation>wählen Sie den Ordner für die CSV-Dateien</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export läuft…</translation>
        </message>
        <message>
            <source>Finding the session files…</source>
            <translation>Sitzungsdateien werden gesucht…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Reading {0} ({1} of {2})…</source>
            <translation>{0} wird gelesen ({1} von {2})…</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>Arbeitsmappe wird geschrieben…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>No session could be read, so nothing was written.</source>
            <translation>Keine Sitzung konnte gelesen werden, daher wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>{0} session(s) from {1} file(s) written to {2}, and {3} CSV files.</source>
            <translation>{0} Sitzung(en) aus {1} Datei(en) in {2} geschrieben, dazu {3} CSV-Dateien.</translation>
        </message>
        <message>
            <source>{0} session(s) from {1} file(s) written to {2}.</source>
            <translation>{0} Sitzung(en) aus {1} Datei(en) in {2} geschrieben.</translation>
        </message>
        <message>
            <source>{0} file(s) could not be read; see below.</source>
            <translation>{0} Datei(en) konnten nicht gelesen werden; siehe unten.</translation>
        </message>
        <message>
            <source>See the notes below.</source>
            <translation>Siehe die Hinweise unten.</translation>
        </message>
        <message>
            <source>No problems.</source>
            <translation>Keine Probleme.</translation>
        </message>
        <message>
            <source>Nothing was written: {0}</source>
            <translation>Es wurde nichts geschrieben: {0}</translation>
        </message>
    </context>
    <context>
        <name>CameraRow</name>
        <message>
            <source>the video file</source>
            <translation>die Videodatei</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Where this video starts on the session clock (e.g. 400 when the second camera started 0.4 s after the first).</source>
            <translation>Wo dieses Video auf der Sitzungsuhr beginnt (z. B. 400, wenn die zweite Kamera 0,4 s nach der ersten gestartet wurde).</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>Versatz</translation>
        </message>
        <message>
            <source>Choose the video</source>
            <translation>Video wählen</translation>
        </message>
        <message>
            <source>reading the video…</source>
            <translation>Video wird gelesen…</translation>
        </message>
        <message>
            <source>cannot use this video: {0}</source>
            <translation>dieses Video kann nicht verwendet werden: {0}</translation>
        </message>
        <message>
            <source>checksum done</source>
            <translation>Prüfsumme berechnet</translation>
        </message>
        <message>
            <source>computing the checksum…</source>
            <translation>Prüfsumme wird berechnet…</translation>
        </message>
        <message>
            <source>{0}, {1}, {2} MB — {3}</source>
            <translation>{0}, {1}, {2} MB — {3}</translation>
        </message>
    </context>
    <context>
        <name>CameraSync</name>
        <message>
            <source>Loading camera 2…</source>
            <translation>Kamera 2 wird geladen…</translation>
        </message>
        <message>
            <source>File ▸ Locate camera 2 video…</source>
            <translation>Datei ▸ Video von Kamera 2 suchen…</translation>
        </message>
        <message>
            <source>Camera 2, frame-locked to camera 1</source>
            <translation>Kamera 2, bildgenau an Kamera 1 gekoppelt</translation>
        </message>
        <message>
            <source>Camera 2 ({0}), frame-locked to camera 1; starts at {1} ms on the session clock</source>
            <translation>Kamera 2 ({0}), bildgenau an Kamera 1 gekoppelt; beginnt bei {1} ms auf der Sitzungsuhr</translation>
        </message>
        <message>
            <source>Camera 2 not found: {0}</source>
            <translation>Kamera 2 nicht gefunden: {0}</translation>
        </message>
    </context>
    <context>
        <name>CodeForm</name>
        <message>
            <source>One letter or digit; case does not matter; never a player key.</source>
            <translation>Ein Buchstabe oder eine Ziffer; Groß-/Kleinschreibung spielt keine Rolle; nie eine Player-Taste.</translation>
        </message>
        <message>
            <source>What a coder must see to use this code</source>
            <translation>Was eine Kodiererin / ein Kodierer sehen muss, um diesen Code zu vergeben</translation>
        </message>
        <message>
            <source>What the measures count this code as: attuned, misattuned (a rupture), repair, or excluded (left out of codable time).</source>
            <translation>Als was die Maße diesen Code zählen: abgestimmt, nicht abgestimmt (ein Bruch), Reparatur oder ausgeschlossen (nicht Teil der kodierbaren Zeit).</translation>
        </message>
        <message>
            <source>e.g.  initiator: caregiver, infant, mutual</source>
            <translation>z. B.  Initiator: Bezugsperson, Säugling, gemeinsam</translation>
        </message>
        <message>
            <source>Ask for a note when coded</source>
            <translation>Beim Kodieren nach einer Notiz fragen</translation>
        </message>
        <message>
            <source>Code name</source>
            <translation>Code-Name</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Taste</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Modifiers</source>
            <translation>Modifikatoren</translation>
        </message>
        <message>
            <source>{0} episode(s) of this code in the open session</source>
            <translation>{0} Episode(n) mit diesem Code in der geöffneten Sitzung</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>wählen…</translation>
        </message>
        <message>
            <source>Colour of {0}</source>
            <translation>Farbe von {0}</translation>
        </message>
        <message>
            <source>code {0}: {1}</source>
            <translation>Code {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>CodingController</name>
        <message>
            <source>Mark {0} at {1}</source>
            <translation>{0} bei {1} markieren</translation>
        </message>
        <message>
            <source>Start {0} at {1}</source>
            <translation>{0} bei {1} beginnen</translation>
        </message>
        <message>
            <source>Stop {0} at {1}</source>
            <translation>{0} bei {1} beenden</translation>
        </message>
        <message>
            <source>{0} at {1} was not coded: {2}</source>
            <translation>{0} bei {1} wurde nicht kodiert: {2}</translation>
        </message>
        <message>
            <source>Not coded: the video is still loading; code when its first frame shows.</source>
            <translation>Nicht kodiert: Das Video wird noch geladen; kodieren Sie, sobald das erste Bild erscheint.</translation>
        </message>
        <message>
            <source>Not coded: the video cannot be played ({0}): choose a good copy with File ▸ Locate video…. The table can still be edited.</source>
            <translation>Nicht kodiert: Das Video kann nicht abgespielt werden ({0}): Wählen Sie eine intakte Kopie über Datei ▸ Video suchen…. Die Tabelle kann weiterhin bearbeitet werden.</translation>
        </message>
        <message>
            <source>There is no video frame to code at: locate the video (File menu). The table can still be edited.</source>
            <translation>Es gibt kein Videobild, bei dem kodiert werden kann: Suchen Sie das Video (Menü Datei). Die Tabelle kann weiterhin bearbeitet werden.</translation>
        </message>
        <message>
            <source>The note was not kept: {0}</source>
            <translation>Die Notiz wurde nicht übernommen: {0}</translation>
        </message>
        <message>
            <source>That episode no longer exists.</source>
            <translation>Diese Episode existiert nicht mehr.</translation>
        </message>
        <message>
            <source>Modifier not set: {0}</source>
            <translation>Modifikator nicht gesetzt: {0}</translation>
        </message>
    </context>
    <context>
        <name>CodingPad</name>
        <message>
            <source>state</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>point</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; ({1}, {2})</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}, {2})</translation>
        </message>
        <message>
            <source> — key &lt;b&gt;{0}&lt;/b&gt;</source>
            <translation> — Taste &lt;b&gt;{0}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;br&gt;Modifiers: {0}</source>
            <translation>&lt;br&gt;Modifikatoren: {0}</translation>
        </message>
    </context>
    <context>
        <name>CompareController</name>
        <message>
            <source>Agreement</source>
            <translation>Übereinstimmung</translation>
        </message>
        <message>
            <source>Open a session first, then compare it with another coding.</source>
            <translation>Öffnen Sie zuerst eine Sitzung und vergleichen Sie sie dann mit einer anderen Kodierung.</translation>
        </message>
        <message>
            <source>{0}

Nothing was compared.</source>
            <translation>{0}

Es wurde nichts verglichen.</translation>
        </message>
        <message>
            <source>Cannot compare</source>
            <translation>Vergleich nicht möglich</translation>
        </message>
        <message>
            <source>Not the same video</source>
            <translation>Nicht dasselbe Video</translation>
        </message>
        <message>
            <source>{0} cannot be compared with {1}: {2}.

Choose a coding of the same video.</source>
            <translation>{0} kann nicht mit {1} verglichen werden: {2}.

Wählen Sie eine Kodierung desselben Videos.</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <source>The comparison could not be computed: {0}</source>
            <translation>Der Vergleich konnte nicht berechnet werden: {0}</translation>
        </message>
        <message>
            <source>Stopped comparing.</source>
            <translation>Vergleich beendet.</translation>
        </message>
        <message>
            <source>Compare with another coding of this session</source>
            <translation>Mit einer anderen Kodierung dieser Sitzung vergleichen</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>updating…</source>
            <translation>wird aktualisiert…</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Toleranz</translation>
        </message>
        <message>
            <source>Point window</source>
            <translation>Zeitpunkt-Fenster</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Überlappung</translation>
        </message>
        <message>
            <source>Onset tolerance</source>
            <translation>Beginn-Toleranz</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Zuordnung</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Ausgeschlossen</translation>
        </message>
        <message>
            <source>Overlap (Holle &amp; Rein)</source>
            <extracomment>The event alignments and the excluded rules as the panel's combo boxes offer them (value, label, explanation; the label and explanation are shown translated).</extracomment>
            <translation>Überlappung (Holle &amp; Rein)</translation>
        </message>
        <message>
            <source>States link at the overlap share of the longer one, points within the point window; codes are ignored (EasyDIAg).</source>
            <translation>Zustände werden ab dem Überlappungsanteil des längeren verknüpft, Zeitpunkte innerhalb des Zeitpunkt-Fensters; die Codes werden dabei nicht berücksichtigt (EasyDIAg).</translation>
        </message>
        <message>
            <source>GSEQ (Bakeman et al. 2009)</source>
            <translation>GSEQ (Bakeman et al. 2009)</translation>
        </message>
        <message>
            <source>The two sequences of episodes aligned by dynamic programming; episodes pair only when their onsets are within the onset tolerance.</source>
            <translation>Die beiden Episodenfolgen werden mittels dynamischer Programmierung ausgerichtet; Episoden werden nur gepaart, wenn ihre Beginnzeiten innerhalb der Beginn-Toleranz liegen.</translation>
        </message>
        <message>
            <source>Drop when both</source>
            <translation>Weglassen, wenn beide</translation>
        </message>
        <message>
            <source>Leave out time both codings call uncodable: agreeing that nothing could be coded is not agreement on the interaction.</source>
            <translation>Zeit weglassen, die beide Kodierungen als nicht kodierbar werten: Übereinstimmung darüber, dass nichts kodiert werden konnte, ist keine Übereinstimmung über die Interaktion.</translation>
        </message>
        <message>
            <source>Drop when either</source>
            <translation>Weglassen, wenn eine</translation>
        </message>
        <message>
            <source>Leave out time either coding calls uncodable.</source>
            <translation>Zeit weglassen, die eine der beiden Kodierungen als nicht kodierbar wertet.</translation>
        </message>
        <message>
            <source>As a code</source>
            <translation>Als Code</translation>
        </message>
        <message>
            <source>Count uncodable like any other code.</source>
            <translation>„Nicht kodierbar“ wie jeden anderen Code zählen.</translation>
        </message>
        <message>
            <source>[{0}, {1}]</source>
            <translation>[{0}; {1}]</translation>
        </message>
        <message>
            <source>The figures, the list and the timeline marks are being recomputed after an edit;
until then they are those of the coding before it.</source>
            <translation>Die Werte, die Liste und die Markierungen in der Zeitleiste werden nach einer Änderung neu berechnet;
bis dahin gelten sie für die Kodierung vor der Änderung.</translation>
        </message>
        <message>
            <source>Length of a time unit: 1s, 250ms, 1f …</source>
            <translation>Länge einer Zeiteinheit: 1s, 250ms, 1f …</translation>
        </message>
        <message>
            <source>Differences this close to the same label in the other coding count as agreement
(rounded to whole units; percent agreement never falls as it grows).</source>
            <translation>Abweichungen, die so nahe am selben Code in der anderen Kodierung liegen, zählen als Übereinstimmung
(auf ganze Einheiten gerundet; die prozentuale Übereinstimmung sinkt nie, wenn dieser Wert wächst).</translation>
        </message>
        <message>
            <source>Points link when their onsets are this close.</source>
            <translation>Zeitpunkte werden verknüpft, wenn ihre Beginnzeiten so nahe beieinanderliegen.</translation>
        </message>
        <message>
            <source>States link when they overlap by this share of the longer one.</source>
            <translation>Zustände werden verknüpft, wenn sie sich um diesen Anteil des längeren überlappen.</translation>
        </message>
        <message>
            <source>How events are paired before event κ.</source>
            <translation>Wie Ereignisse vor dem Ereignis-κ gepaart werden.</translation>
        </message>
        <message>
            <source>GSEQ alignment: episodes pair when their onsets are this close.</source>
            <translation>GSEQ-Ausrichtung: Episoden werden gepaart, wenn ihre Beginnzeiten so nahe beieinanderliegen.</translation>
        </message>
        <message>
            <source>How codes with role 'excluded' count.</source>
            <translation>Wie Codes mit der Rolle „ausgeschlossen“ zählen.</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>Uncodable</source>
            <translation>Nicht kodierbar</translation>
        </message>
        <message>
            <source>Onset tol.</source>
            <translation>Beginn-Tol.</translation>
        </message>
        <message>
            <source>Time units</source>
            <translation>Zeiteinheiten</translation>
        </message>
        <message>
            <source>Timeline: &lt;span style='color:{0}'&gt;■■&lt;/span&gt; disagreement &amp;nbsp; &lt;span style='color:{1}'&gt;▬▬&lt;/span&gt; forgiven by the tolerance &amp;nbsp; ▨ layer not compared</source>
            <translation>Zeitleiste: &lt;span style='color:{0}'&gt;■■&lt;/span&gt; Abweichung &amp;nbsp; &lt;span style='color:{1}'&gt;▬▬&lt;/span&gt; durch die Toleranz ausgeglichen &amp;nbsp; ▨ Ebene nicht verglichen</translation>
        </message>
        <message>
            <source>Stop comparing</source>
            <translation>Vergleich beenden</translation>
        </message>
        <message>
            <source>&lt;b&gt;Comparing&lt;/b&gt; this coding ({0})&lt;br&gt;with {1}</source>
            <translation>&lt;b&gt;Vergleich&lt;/b&gt; dieser Kodierung ({0})&lt;br&gt;mit {1}</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Ratings</translation>
        </message>
        <message>
            <source>this</source>
            <translation>diese</translation>
        </message>
        <message>
            <source>other</source>
            <translation>andere</translation>
        </message>
        <message>
            <source>Time units of {0} ms ({1}) over 0–{2} s, each labelled by the code at its midpoint; tolerance {3} = {4} unit(s) (symmetric).</source>
            <translation>Zeiteinheiten von {0} ms ({1}) über 0–{2} s, jede durch den Code in ihrer Mitte bezeichnet; Toleranz {3} = {4} Einheit(en) (symmetrisch).</translation>
        </message>
        <message>
            <source>Time units of {0} ms ({1}) over 0–{2} s, each labelled by the code at its midpoint; tolerance {3} = {4} unit(s).</source>
            <translation>Zeiteinheiten von {0} ms ({1}) über 0–{2} s, jede durch den Code in ihrer Mitte bezeichnet; Toleranz {3} = {4} Einheit(en).</translation>
        </message>
        <message>
            <source>With a tolerance κ may move either way; percent agreement never falls.</source>
            <translation>Mit einer Toleranz kann sich κ in beide Richtungen bewegen; die prozentuale Übereinstimmung sinkt nie.</translation>
        </message>
        <message>
            <source>Not compared: {0}.</source>
            <translation>Nicht verglichen: {0}.</translation>
        </message>
        <message>
            <source>{0}: codes only one scheme has are set aside ({1}).</source>
            <translation>{0}: Codes, die nur ein Kodiersystem enthält, werden beiseitegelassen ({1}).</translation>
        </message>
        <message>
            <source>Bands after Landis &amp; Koch (1977) describe κ; they are not a verdict.</source>
            <translation>Die Bereiche nach Landis &amp; Koch (1977) beschreiben κ; sie sind kein Urteil.</translation>
        </message>
        <message>
            <source>state layer; compared codes: {0}</source>
            <translation>Zustandsebene; verglichene Codes: {0}</translation>
        </message>
        <message>
            <source>point layer; compared codes: {0}</source>
            <translation>Zeitpunktebene; verglichene Codes: {0}</translation>
        </message>
        <message>
            <source>95% CI</source>
            <translation>95%-KI</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>Übereinstimmung</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>verknüpft</translation>
        </message>
        <message>
            <source>{0} ({1} pairs)</source>
            <translation>{0} ({1} Paare)</translation>
        </message>
        <message>
            <source>mean |onset Δ|</source>
            <translation>mittlere |Beginn-Δ|</translation>
        </message>
        <message>
            <source>tallies</source>
            <translation>Häufigkeiten</translation>
        </message>
        <message>
            <source>{0} units</source>
            <translation>{0} Einheiten</translation>
        </message>
        <message>
            <source>this {0}, other {1}</source>
            <translation>diese {0}, andere {1}</translation>
        </message>
    </context>
    <context>
        <name>DisagreementList</name>
        <message>
            <source>by time units</source>
            <translation>nach Zeiteinheiten</translation>
        </message>
        <message>
            <source>by events</source>
            <translation>nach Ereignissen</translation>
        </message>
        <message>
            <source>Time units: stretches where the units' labels differ (marked on the timeline).
Events: episodes linked with another code, or not linked at all (∅).</source>
            <translation>Zeiteinheiten: Abschnitte, in denen sich die Codes der Einheiten unterscheiden (in der Zeitleiste markiert).
Ereignisse: Episoden, die mit einem anderen Code oder gar nicht verknüpft sind (∅).</translation>
        </message>
        <message>
            <source>all layers</source>
            <translation>alle Ebenen</translation>
        </message>
        <message>
            <source>{0} event coded differently or not linked (∅)</source>
            <translation>{0} Ereignis unterschiedlich kodiert oder nicht verknüpft (∅)</translation>
        </message>
        <message>
            <source>{0} events coded differently or not linked (∅)</source>
            <translation>{0} Ereignisse unterschiedlich kodiert oder nicht verknüpft (∅)</translation>
        </message>
        <message>
            <source>{0} disagreeing stretch</source>
            <translation>{0} abweichender Abschnitt</translation>
        </message>
        <message>
            <source>{0} disagreeing stretches</source>
            <translation>{0} abweichende Abschnitte</translation>
        </message>
        <message>
            <source> ({0} forgiven by the tolerance)</source>
            <translation> ({0} durch die Toleranz ausgeglichen)</translation>
        </message>
    </context>
    <context>
        <name>DisagreementModel</name>
        <message>
            <source>Layer</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>This coding</source>
            <translation>Diese Kodierung</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>forgiven (tolerance)</source>
            <translation>ausgeglichen (Toleranz)</translation>
        </message>
        <message>
            <source> — the codes differ, but the tolerance counts this as agreement</source>
            <translation> — die Codes unterscheiden sich, aber die Toleranz wertet dies als Übereinstimmung</translation>
        </message>
        <message>
            <source>Click to show this moment in the video.</source>
            <translation>Klicken Sie, um diesen Moment im Video anzuzeigen.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>onset</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>modifiers</source>
            <translation>Modifikatoren</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>Edit {0} of {1} at {2}</source>
            <extracomment>the crash journal could not be written (disk full, folder read-only): say so once, because until the next save a crash would lose the changes since a save is about to be written: last-moment updates (a live clock's span) go in now tells another copy of attachcoder that this file is open here the file as this window last read or wrote it, to notice another writer on save a second window on a file another window has open journals beside, not over, it the furthest instant shown (session ms) and the least that changes the field: the field itself, or for a file that does not say yet, the last coded instant a session with no file yet (a new session): it counts as unsaved until saved</extracomment>
            <translation>{0} von {1} bei {2} bearbeiten</translation>
        </message>
        <message>
            <source>Delete {0} at {1}</source>
            <translation>{0} bei {1} löschen</translation>
        </message>
        <message>
            <source>Delete {0} episodes</source>
            <translation>{0} Episoden löschen</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
    </context>
    <context>
        <name>EpisodeDetail</name>
        <message>
            <source>(not set)</source>
            <translation>(nicht gesetzt)</translation>
        </message>
        <message>
            <source>Note for this episode (Ctrl+Enter or click away keeps it)</source>
            <translation>Notiz zu dieser Episode (Ctrl+Enter oder Wegklicken übernimmt sie)</translation>
        </message>
        <message>
            <source>The episode's note, whole. It is kept when you click elsewhere or press Ctrl+Enter (one undo step); Escape puts back what was there.</source>
            <translation>Die vollständige Notiz der Episode. Sie wird übernommen, wenn Sie anderswohin klicken oder Ctrl+Enter drücken (ein Rückgängig-Schritt); Escape stellt den vorherigen Text wieder her.</translation>
        </message>
        <message>
            <source>Select an episode to see its note and modifiers.</source>
            <translation>Wählen Sie eine Episode aus, um ihre Notiz und Modifikatoren zu sehen.</translation>
        </message>
        <message>
            <source>{0} of this episode (one undo step)</source>
            <translation>{0} dieser Episode (ein Rückgängig-Schritt)</translation>
        </message>
        <message>
            <source>{0} is not set yet: choose it (one undo step)</source>
            <translation>{0} ist noch nicht gesetzt: bitte wählen (ein Rückgängig-Schritt)</translation>
        </message>
    </context>
    <context>
        <name>EpisodeTable</name>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
    </context>
    <context>
        <name>EpisodeTableModel</name>
        <message>
            <source>Layer</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Modifiers</source>
            <translation>Modifikatoren</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Enter moves the boundary: a touching episode's edge moves with it (as dragging it in the timeline does). Shift+Enter moves this edge alone.</source>
            <translation>Enter verschiebt die Grenze: die Kante einer angrenzenden Episode wandert mit (wie beim Ziehen in der Zeitleiste). Shift+Enter verschiebt nur diese Kante.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <source>{0} at {1}: {2} not set yet — choose it in the detail pane under the table (or type it in the Modifiers column)</source>
            <translation>{0} bei {1}: {2} noch nicht gesetzt — wählen Sie den Wert im Detailbereich unter der Tabelle (oder geben Sie ihn in der Spalte Modifikatoren ein)</translation>
        </message>
        <message>
            <source>write modifiers as name=value (modifiers of {0}: {1})</source>
            <translation>schreiben Sie Modifikatoren als Name=Wert (Modifikatoren von {0}: {1})</translation>
        </message>
        <message>
            <source>{0} has no modifier {1} (it has: {2})</source>
            <translation>{0} hat keinen Modifikator {1} (vorhanden: {2})</translation>
        </message>
        <message>
            <source>{0} is not a value of {1}; choose one of {2}</source>
            <translation>{0} ist kein Wert von {1}; wählen Sie einen von {2}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>Not changed: {0}</source>
            <translation>Nicht geändert: {0}</translation>
        </message>
        <message>
            <source>an episode needs an onset</source>
            <translation>eine Episode braucht einen Beginn</translation>
        </message>
        <message>
            <source>layer {0} has no code {1} (codes: {2})</source>
            <translation>Ebene {0} hat keinen Code {1} (Codes: {2})</translation>
        </message>
        <message>
            <source>code {0} is not in the scheme</source>
            <translation>Code {0} ist nicht im Kodiersystem</translation>
        </message>
    </context>
    <context>
        <name>ExportSessionDialog</name>
        <message>
            <source>Export workbook</source>
            <translation>Arbeitsmappe exportieren</translation>
        </message>
        <message>
            <source>Include the coder's notes</source>
            <translation>Notizen der Kodiererin / des Kodierers einschließen</translation>
        </message>
        <message>
            <source>Leave out free text when the workbook leaves the team.</source>
            <translation>Lassen Sie Freitext weg, wenn die Arbeitsmappe das Team verlässt.</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>The paper the workbook prints on (the locale's by default).</source>
            <translation>Das Papierformat, auf dem die Arbeitsmappe gedruckt wird (standardmäßig das der Region).</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Workbook</source>
            <translation>Arbeitsmappe</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The workbook names the session by its IDs, never by a video or folder.</source>
            <translation>Die Arbeitsmappe benennt die Sitzung nach ihren IDs, nie nach einem Video oder Ordner.</translation>
        </message>
        <message>
            <source>Choose where to write the workbook.</source>
            <translation>Wählen Sie, wohin die Arbeitsmappe geschrieben wird.</translation>
        </message>
        <message>
            <source>The workbook was not written</source>
            <translation>Die Arbeitsmappe wurde nicht geschrieben</translation>
        </message>
    </context>
    <context>
        <name>FrameCache</name>
        <message>
            <source>{0}: frames could not be decoded ({1})</source>
            <extracomment>Pictures kept at most (bytes): ~90 frames of a 960 × 540 pane, 24 of full 1080p. Frames decoded ahead of the wanted one, at most. a frame asked for with :meth:`want` is now in the cache a frame asked for that the decoder does not give (the player asks QMediaPlayer) the decoder cannot read the file (the player then keeps using QMediaPlayer)</extracomment>
            <translation>{0}: Bilder konnten nicht dekodiert werden ({1})</translation>
        </message>
    </context>
    <context>
        <name>HashWorker</name>
        <message>
            <source>cannot read {0}: {1}</source>
            <translation>{0} kann nicht gelesen werden: {1}</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Keyboard help</source>
            <translation>Tastaturhilfe</translation>
        </message>
    </context>
    <context>
        <name>InterchangeActions</name>
        <message>
            <source>Other tools' codings</source>
            <translation>Kodierungen anderer Programme</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
        <message>
            <source>ELAN annotation files</source>
            <extracomment>what each export's files are called in a file dialog (the patterns are added)</extracomment>
            <translation>ELAN-Annotationsdateien</translation>
        </message>
        <message>
            <source>SDIS timed-event data</source>
            <translation>SDIS-Timed-Event-Daten</translation>
        </message>
        <message>
            <source>CSV tables</source>
            <translation>CSV-Tabellen</translation>
        </message>
        <message>
            <source>BORIS projects</source>
            <translation>BORIS-Projekte</translation>
        </message>
        <message>
            <source>Datavyu projects</source>
            <translation>Datavyu-Projekte</translation>
        </message>
        <message>
            <source>Praat TextGrids</source>
            <translation>Praat-TextGrids</translation>
        </message>
        <message>
            <source>Import a coding from another tool</source>
            <translation>Kodierung aus einem anderen Programm importieren</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Es wurde nichts importiert</translation>
        </message>
        <message>
            <source>It holds no coding.</source>
            <translation>Sie enthält keine Kodierung.</translation>
        </message>
        <message>
            <source>{0}: nothing to import.</source>
            <translation>{0}: nichts zu importieren.</translation>
        </message>
        <message>
            <source>Imported from {0}</source>
            <translation>Importiert aus {0}</translation>
        </message>
        <message>
            <source>{0}, imported from {1}</source>
            <translation>{0}, importiert aus {1}</translation>
        </message>
        <message>
            <source>Imported {0} episodes from {1}; use Save as to keep them as a session file.</source>
            <translation>{0} Episoden aus {1} importiert; mit „Speichern unter“ behalten Sie sie als Sitzungsdatei.</translation>
        </message>
        <message>
            <source>Import report — {0}</source>
            <translation>Importbericht — {0}</translation>
        </message>
        <message>
            <source>the observation {0} of {1}</source>
            <translation>die Beobachtung {0} aus {1}</translation>
        </message>
        <message>
            <source>Imported {0}: {1} episodes in {2} layer(s). The choices the importer made:</source>
            <translation>{0} importiert: {1} Episoden in {2} Ebene(n). Entscheidungen beim Import:</translation>
        </message>
        <message>
            <source>nothing needed a choice</source>
            <translation>keine Entscheidung war nötig</translation>
        </message>
        <message>
            <source>not imported: {0}</source>
            <translation>nicht importiert: {0}</translation>
        </message>
        <message>
            <source>Export as {0}</source>
            <translation>Als {0} exportieren</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Nicht exportiert</translation>
        </message>
        <message>
            <source>{0} was not written: {1}

Your session is unchanged; try another place.</source>
            <translation>{0} wurde nicht geschrieben: {1}

Ihre Sitzung ist unverändert; versuchen Sie einen anderen Speicherort.</translation>
        </message>
        <message>
            <source>Exported {0} ({1}, {2} episodes)</source>
            <translation>{0} exportiert ({1}, {2} Episoden)</translation>
        </message>
        <message>
            <source>{0} was written. Please note:</source>
            <translation>{0} wurde geschrieben. Bitte beachten Sie:</translation>
        </message>
        <message>
            <source>Exported, with remarks</source>
            <translation>Exportiert, mit Hinweisen</translation>
        </message>
        <message>
            <source>The current session was not changed. Fix the file in the tool that wrote it, or choose another.</source>
            <translation>Die aktuelle Sitzung wurde nicht geändert. Korrigieren Sie die Datei in dem Programm, das sie geschrieben hat, oder wählen Sie eine andere.</translation>
        </message>
        <message>
            <source>{0} holds {1} observations; the window opens one at a time.
(attachcoder import FILE -o FOLDER imports them all.)

Import which one?</source>
            <translation>{0} enthält {1} Beobachtungen; das Fenster öffnet jeweils eine.
(attachcoder import FILE -o FOLDER importiert alle.)

Welche importieren?</translation>
        </message>
        <message>
            <source>Not importable: {0}</source>
            <translation>Nicht importierbar: {0}</translation>
        </message>
        <message>
            <source>Choose an observation</source>
            <translation>Beobachtung wählen</translation>
        </message>
    </context>
    <context>
        <name>LayerForm</name>
        <message>
            <source>states (one at a time)</source>
            <translation>Zustände (jeweils einer)</translation>
        </message>
        <message>
            <source>points (instants)</source>
            <translation>Zeitpunkte (Augenblicke)</translation>
        </message>
        <message>
            <source>What the measures use this layer for: 'interaction' for attuned / misattuned / repair, 'phase' for play / still-face / reunion.</source>
            <translation>Wofür die Maße diese Ebene verwenden: „Interaktion“ für abgestimmt / nicht abgestimmt / Reparatur, „Phase“ für Spiel / Still-Face / Wiederaufnahme.</translation>
        </message>
        <message>
            <source>Layer name</source>
            <translation>Name der Ebene</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Enthält</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
    </context>
    <context>
        <name>LiveCoding</name>
        <message>
            <source>Live session: no video</source>
            <extracomment>where clocks read the time (None: a monotonic timer); tests give a fake one</extracomment>
            <translation>Live-Sitzung: kein Video</translation>
        </message>
        <message>
            <source>Clock stopped at {0}.</source>
            <translation>Uhr bei {0} gestoppt.</translation>
        </message>
        <message>
            <source>The running states were not closed: {0}</source>
            <translation>Die laufenden Zustände wurden nicht beendet: {0}</translation>
        </message>
        <message>
            <source>Clock stopped at {0}: running states end there (Undo brings them back).</source>
            <translation>Uhr bei {0} gestoppt: Laufende Zustände enden dort (Rückgängig stellt sie wieder her).</translation>
        </message>
    </context>
    <context>
        <name>LivePanel</name>
        <message>
            <source>Start the clock</source>
            <translation>Uhr starten</translation>
        </message>
        <message>
            <source>Stop the clock</source>
            <translation>Uhr stoppen</translation>
        </message>
        <message>
            <source>End the observation here: running states end at this time (one undo step)</source>
            <translation>Beobachtung hier beenden: Laufende Zustände enden zu dieser Zeit (ein Rückgängig-Schritt)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Live coding&lt;/b&gt; — no video; the session runs on this clock</source>
            <translation>&lt;b&gt;Live-Kodierung&lt;/b&gt; — kein Video; die Sitzung läuft nach dieser Uhr</translation>
        </message>
        <message>
            <source>Running — code with the scheme's keys; {0} pauses.</source>
            <translation>Läuft — kodieren Sie mit den Tasten des Kodiersystems; {0} pausiert.</translation>
        </message>
        <message>
            <source>Stopped: the observation ended here. {0} starts the clock again.</source>
            <translation>Gestoppt: Die Beobachtung endete hier. {0} startet die Uhr erneut.</translation>
        </message>
        <message>
            <source>Paused — {0} starts the clock.</source>
            <translation>Pausiert — {0} startet die Uhr.</translation>
        </message>
        <message>
            <source>Pause the clock</source>
            <translation>Uhr anhalten</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> (recovered)</source>
            <translation> (wiederhergestellt)</translation>
        </message>
        <message>
            <source> (not saved yet)</source>
            <translation> (noch nicht gespeichert)</translation>
        </message>
        <message>
            <source>Select an episode in the table to delete it.</source>
            <translation>Wählen Sie eine Episode in der Tabelle aus, um sie zu löschen.</translation>
        </message>
        <message>
            <source>Unsaved changes are not protected against a crash ({0}). Save now (Ctrl+S).</source>
            <translation>Nicht gespeicherte Änderungen sind nicht gegen einen Absturz geschützt ({0}). Speichern Sie jetzt (Ctrl+S).</translation>
        </message>
    </context>
    <context>
        <name>MetadataDialog</name>
        <message>
            <source>Session details</source>
            <translation>Sitzungsdetails</translation>
        </message>
        <message>
            <source>Edit session details</source>
            <translation>Sitzungsdetails bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>MetadataForm</name>
        <message>
            <source>mother</source>
            <extracomment>kept in the file in English (batch tables group by them); shown in the window's language</extracomment>
            <translation>Mutter</translation>
        </message>
        <message>
            <source>father</source>
            <translation>Vater</translation>
        </message>
        <message>
            <source>other caregiver</source>
            <translation>andere Bezugsperson</translation>
        </message>
        <message>
            <source>the session date {0} must be written YYYY-MM-DD (e.g. 2026-03-02)</source>
            <translation>das Sitzungsdatum {0} muss als JJJJ-MM-TT geschrieben werden (z. B. 2026-03-02)</translation>
        </message>
        <message>
            <source>e.g. D014 — a code, never a name</source>
            <translation>z. B. D014 — ein Code, nie ein Name</translation>
        </message>
        <message>
            <source>e.g. C2</source>
            <translation>z. B. C2</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source> months</source>
            <translation> Monate</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>corrected for prematurity</source>
            <translation>korrigiert für Frühgeburt</translation>
        </message>
        <message>
            <source>Pseudonymous IDs only: no names, no birth dates.</source>
            <translation>Nur pseudonyme IDs: keine Namen, keine Geburtsdaten.</translation>
        </message>
        <message>
            <source>Dyad ID</source>
            <translation>Dyaden-ID</translation>
        </message>
        <message>
            <source>Coder ID</source>
            <translation>Kodierer-ID</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Sitzungsdatum</translation>
        </message>
        <message>
            <source>Infant age</source>
            <translation>Alter des Säuglings</translation>
        </message>
        <message>
            <source>Caregiver</source>
            <translation>Bezugsperson</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>dyad ID</source>
            <translation>Dyaden-ID</translation>
        </message>
        <message>
            <source>coder ID</source>
            <translation>Kodierer-ID</translation>
        </message>
        <message>
            <source>the {0} {1} names files in exports; leave out / \ : * ? " &lt; &gt; |</source>
            <translation>die {0} {1} erscheint in Dateinamen von Exporten; verwenden Sie nicht / \ : * ? " &lt; &gt; |</translation>
        </message>
    </context>
    <context>
        <name>ModifierBar</name>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; at {1}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; bei {1}</translation>
        </message>
        <message>
            <source>Set {0} = {1} for this {2} episode</source>
            <translation>{0} = {1} für diese Episode ({2}) setzen</translation>
        </message>
        <message>
            <source>Hide (the modifier stays empty, marked in the table; set it under the table later)</source>
            <translation>Ausblenden (der Modifikator bleibt leer und wird in der Tabelle markiert; setzen Sie ihn später unter der Tabelle)</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New session</source>
            <translation>Neue Sitzung</translation>
        </message>
        <message>
            <source>Code from video</source>
            <translation>Anhand eines Videos kodieren</translation>
        </message>
        <message>
            <source>Code live, on a clock (no video)</source>
            <translation>Live kodieren, mit einer Uhr (ohne Video)</translation>
        </message>
        <message>
            <source>Camera 1</source>
            <translation>Kamera 1</translation>
        </message>
        <message>
            <source>A second, synchronised camera</source>
            <translation>Eine zweite, synchronisierte Kamera</translation>
        </message>
        <message>
            <source>Camera 2</source>
            <translation>Kamera 2</translation>
        </message>
        <message>
            <source>What is coded</source>
            <translation>Was kodiert wird</translation>
        </message>
        <message>
            <source>Default attachment scheme</source>
            <translation>Standard-Kodiersystem (Bindung)</translation>
        </message>
        <message>
            <source>Load…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Coding scheme</source>
            <translation>Kodiersystem</translation>
        </message>
        <message>
            <source>Session details</source>
            <translation>Sitzungsdetails</translation>
        </message>
        <message>
            <source>where to keep the session ({0})</source>
            <translation>wo die Sitzung gespeichert wird ({0})</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Session file</source>
            <translation>Sitzungsdatei</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Erstellen</translation>
        </message>
        <message>
            <source>“{0}”: {1} layers, {2} codes</source>
            <translation>„{0}“: {1} Ebenen, {2} Codes</translation>
        </message>
        <message>
            <source>Load a scheme</source>
            <translation>Kodiersystem laden</translation>
        </message>
        <message>
            <source>Cannot load the scheme</source>
            <translation>Das Kodiersystem kann nicht geladen werden</translation>
        </message>
        <message>
            <source>Keep the session as</source>
            <translation>Sitzung speichern als</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>The date is {0}.</source>
            <translation>Das Datum ist {0}.</translation>
        </message>
        <message>
            <source>camera 1</source>
            <translation>Kamera 1</translation>
        </message>
        <message>
            <source>camera 2</source>
            <translation>Kamera 2</translation>
        </message>
        <message>
            <source>choose the video of {0}</source>
            <translation>wählen Sie das Video von {0}</translation>
        </message>
        <message>
            <source>{0}: still reading the video…</source>
            <translation>{0}: Video wird noch gelesen…</translation>
        </message>
        <message>
            <source>choose where to keep the session file</source>
            <translation>wählen Sie, wo die Sitzungsdatei gespeichert wird</translation>
        </message>
        <message>
            <source>the folder {0} does not exist</source>
            <translation>der Ordner {0} existiert nicht</translation>
        </message>
        <message>
            <source>{0} exists already; choose another name (nothing is overwritten)</source>
            <translation>{0} existiert bereits; wählen Sie einen anderen Namen (es wird nichts überschrieben)</translation>
        </message>
    </context>
    <context>
        <name>NewStudyDialog</name>
        <message>
            <source>New study</source>
            <translation>Neue Studie</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>the folder's name</source>
            <translation>der Name des Ordners</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Coders (IDs, commas between)</source>
            <translation>Kodierer/innen (IDs, durch Kommas getrennt)</translation>
        </message>
        <message>
            <source>Share double-coded</source>
            <translation>Anteil doppelt kodiert</translation>
        </message>
        <message>
            <source>Seed of the draw</source>
            <translation>Startwert der Ziehung</translation>
        </message>
        <message>
            <source>Agreement unit</source>
            <translation>Einheit der Übereinstimmung</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Toleranz</translation>
        </message>
        <message>
            <source>Overlap (Holle &amp; Rein 2015)</source>
            <translation>Überlappung (Holle &amp; Rein 2015)</translation>
        </message>
        <message>
            <source>GSEQ (Bakeman, Quera &amp; Gnisci 2009)</source>
            <translation>GSEQ (Bakeman, Quera &amp; Gnisci 2009)</translation>
        </message>
        <message>
            <source>How events are paired for event κ: by overlap (states at ≥ 60% of the longer one, points within 1 s) or by GSEQ's dynamic-programming alignment of onsets</source>
            <translation>Wie Ereignisse für das Ereignis-κ gepaart werden: nach Überlappung (Zustände zu ≥ 60 % des längeren, Zeitpunkte innerhalb von 1 s) oder nach der GSEQ-Ausrichtung der Beginnzeiten mittels dynamischer Programmierung</translation>
        </message>
        <message>
            <source>Event alignment</source>
            <translation>Ereignis-Zuordnung</translation>
        </message>
        <message>
            <source>GSEQ alignment: onsets this close may pair</source>
            <translation>GSEQ-Ausrichtung: so nahe Beginnzeiten können gepaart werden</translation>
        </message>
        <message>
            <source>Onset tolerance (GSEQ)</source>
            <translation>Beginn-Toleranz (GSEQ)</translation>
        </message>
        <message>
            <source>Leave out when both say uncodable</source>
            <translation>Weglassen, wenn beide „nicht kodierbar“ kodieren</translation>
        </message>
        <message>
            <source>Leave out when either says uncodable</source>
            <translation>Weglassen, wenn eine/r „nicht kodierbar“ kodiert</translation>
        </message>
        <message>
            <source>Count uncodable as a code</source>
            <translation>„Nicht kodierbar“ als Code zählen</translation>
        </message>
        <message>
            <source>Codes with role 'excluded' (uncodable): agreeing that nothing could be coded is not agreement on the interaction, so by default such time is left out</source>
            <translation>Codes mit der Rolle „ausgeschlossen“ (nicht kodierbar): Übereinstimmung darüber, dass nichts kodiert werden konnte, ist keine Übereinstimmung über die Interaktion; daher wird solche Zeit standardmäßig weggelassen</translation>
        </message>
        <message>
            <source>Uncodable time</source>
            <translation>Nicht kodierbare Zeit</translation>
        </message>
        <message>
            <source>Criterion κ</source>
            <translation>Kriterium κ</translation>
        </message>
        <message>
            <source>Folder of the new study</source>
            <translation>Ordner der neuen Studie</translation>
        </message>
    </context>
    <context>
        <name>NotePrompt</name>
        <message>
            <source>Type a note; Enter keeps it, Escape leaves none</source>
            <translation>Notiz eingeben; Enter übernimmt sie, Escape verwirft sie</translation>
        </message>
        <message>
            <source>Note for &lt;b&gt;{0}&lt;/b&gt; at {1}:</source>
            <translation>Notiz zu &lt;b&gt;{0}&lt;/b&gt; bei {1}:</translation>
        </message>
    </context>
    <context>
        <name>QtTimeline</name>
        <message>
            <source>Drag an edge to move it; where two episodes touch, both move. Hold Shift to move the edge alone. Click to seek, double-click to go to an episode.</source>
            <translation>Ziehen Sie eine Kante, um sie zu verschieben; wo zwei Episoden aneinanderstoßen, bewegen sich beide. Halten Sie Shift gedrückt, um nur diese Kante zu verschieben. Klicken zum Springen, Doppelklicken, um zu einer Episode zu gehen.</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel)</source>
            <translation>Vergrößern (Ctrl+Mausrad)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel)</source>
            <translation>Verkleinern (Ctrl+Mausrad)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <source>Show the whole session</source>
            <translation>Die gesamte Sitzung anzeigen</translation>
        </message>
        <message>
            <source>The edit was undone: {0}</source>
            <translation>Die Änderung wurde rückgängig gemacht: {0}</translation>
        </message>
        <message>
            <source>{0} {1} / 100 px</source>
            <translation>{0} {1} / 100 px</translation>
        </message>
    </context>
    <context>
        <name>RatingTable</name>
        <message>
            <source>Rating item</source>
            <translation>Rating-Item</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>Min.</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Max.</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>rating item {0}: min {1} is not a number</source>
            <translation>Rating-Item {0}: Min. {1} ist keine Zahl</translation>
        </message>
        <message>
            <source>rating item {0}: max {1} is not a number</source>
            <translation>Rating-Item {0}: Max. {1} ist keine Zahl</translation>
        </message>
    </context>
    <context>
        <name>RatingsDialog</name>
        <message>
            <source>Ratings</source>
            <translation>Ratings</translation>
        </message>
        <message>
            <source>rated</source>
            <translation>bewertet</translation>
        </message>
        <message>
            <source>The scheme has no rating items (add them in the scheme editor).</source>
            <translation>Das Kodiersystem hat keine Rating-Items (fügen Sie sie im Kodiersystem-Editor hinzu).</translation>
        </message>
        <message>
            <source>Edit ratings</source>
            <translation>Ratings bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>SchemeEditorDialog</name>
        <message>
            <source>Coding scheme</source>
            <translation>Kodiersystem</translation>
        </message>
        <message>
            <source>Layers and codes</source>
            <translation>Ebenen und Codes</translation>
        </message>
        <message>
            <source>Choose a layer or a code to edit it.</source>
            <translation>Wählen Sie eine Ebene oder einen Code zum Bearbeiten.</translation>
        </message>
        <message>
            <source>Add layer</source>
            <translation>Ebene hinzufügen</translation>
        </message>
        <message>
            <source>Add code</source>
            <translation>Code hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Add rating item</source>
            <translation>Rating-Item hinzufügen</translation>
        </message>
        <message>
            <source>Remove rating item</source>
            <translation>Rating-Item entfernen</translation>
        </message>
        <message>
            <source>Rating items</source>
            <translation>Rating-Items</translation>
        </message>
        <message>
            <source>Load template…</source>
            <translation>Vorlage laden…</translation>
        </message>
        <message>
            <source>Save as template…</source>
            <translation>Als Vorlage speichern…</translation>
        </message>
        <message>
            <source>Scheme name</source>
            <translation>Name des Kodiersystems</translation>
        </message>
        <message>
            <source>Problems to fix before saving:</source>
            <translation>Vor dem Speichern zu behebende Probleme:</translation>
        </message>
        <message>
            <source>states</source>
            <translation>Zustände</translation>
        </message>
        <message>
            <source>points</source>
            <translation>Zeitpunkte</translation>
        </message>
        <message>
            <source>layer {0}</source>
            <translation>Ebene {0}</translation>
        </message>
        <message>
            <source>code {0}</source>
            <translation>Code {0}</translation>
        </message>
        <message>
            <source>Remove a code in use</source>
            <translation>Verwendeten Code entfernen</translation>
        </message>
        <message>
            <source>The session has {0} episode(s) coded with {1}. Remove it and delete those episodes? (Undo after saving the scheme brings them back.)</source>
            <translation>Die Sitzung hat {0} mit {1} kodierte Episode(n). Entfernen und diese Episoden löschen? (Rückgängig nach dem Speichern des Kodiersystems stellt sie wieder her.)</translation>
        </message>
        <message>
            <source>layer {0} has coded states; it cannot hold points (add a new layer instead)</source>
            <translation>Ebene {0} hat kodierte Zustände; sie kann keine Zeitpunkte enthalten (fügen Sie stattdessen eine neue Ebene hinzu)</translation>
        </message>
        <message>
            <source>layer {0} has coded points; it cannot hold states (add a new layer instead)</source>
            <translation>Ebene {0} hat kodierte Zeitpunkte; sie kann keine Zustände enthalten (fügen Sie stattdessen eine neue Ebene hinzu)</translation>
        </message>
        <message>
            <source>Load a scheme</source>
            <translation>Kodiersystem laden</translation>
        </message>
        <message>
            <source>Cannot load the scheme</source>
            <translation>Das Kodiersystem kann nicht geladen werden</translation>
        </message>
        <message>
            <source>Save the scheme as a template</source>
            <translation>Kodiersystem als Vorlage speichern</translation>
        </message>
        <message>
            <source>Cannot save the scheme</source>
            <translation>Das Kodiersystem kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>The scheme does not fit this session</source>
            <translation>Das Kodiersystem passt nicht zu dieser Sitzung</translation>
        </message>
        <message>
            <source>Coding will be lost</source>
            <translation>Kodierung geht verloren</translation>
        </message>
        <message>
            <source>Saving this scheme changes the coding:

• {0}

Go ahead? (Edit → Undo brings it all back.)</source>
            <translation>Das Speichern dieses Kodiersystems ändert die Kodierung:

• {0}

Fortfahren? (Bearbeiten → Rückgängig stellt alles wieder her.)</translation>
        </message>
    </context>
    <context>
        <name>SessionActions</name>
        <message>
            <source>Clear the list</source>
            <translation>Liste leeren</translation>
        </message>
        <message>
            <source>The session was not created</source>
            <translation>Die Sitzung wurde nicht erstellt</translation>
        </message>
        <message>
            <source>{0} was not written: {1}</source>
            <translation>{0} wurde nicht geschrieben: {1}</translation>
        </message>
        <message>
            <source>Exported {0}</source>
            <translation>{0} exportiert</translation>
        </message>
        <message>
            <source>This scheme has no rating items; add them in Session ▸ Coding scheme…</source>
            <translation>Dieses Kodiersystem hat keine Rating-Items; fügen Sie sie unter Sitzung ▸ Kodiersystem… hinzu</translation>
        </message>
    </context>
    <context>
        <name>SoundRow</name>
        <message>
            <source>The video's sound. Click or drag to move the video; right-click (or click Sound ▾) for the spectrogram.</source>
            <translation>Der Ton des Videos. Klicken oder ziehen Sie, um im Video zu springen; Rechtsklick (oder Klick auf Ton ▾) für das Spektrogramm.</translation>
        </message>
        <message>
            <source>Sound ▾</source>
            <translation>Ton ▾</translation>
        </message>
        <message>
            <source>spectrogram</source>
            <translation>Spektrogramm</translation>
        </message>
        <message>
            <source>waveform</source>
            <translation>Wellenform</translation>
        </message>
        <message>
            <source>camera {n}</source>
            <translation>Kamera {n}</translation>
        </message>
        <message>
            <source>Reading the sound track… {percent} %</source>
            <translation>Tonspur wird gelesen… {percent} %</translation>
        </message>
        <message>
            <source>&amp;Waveform</source>
            <translation>&amp;Wellenform</translation>
        </message>
        <message>
            <source>&amp;Spectrogram</source>
            <translation>&amp;Spektrogramm</translation>
        </message>
        <message>
            <source>Sound of camera {n}</source>
            <translation>Ton von Kamera {n}</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>The sample session is not installed with this copy.</source>
            <translation>Die Beispielsitzung ist in dieser Installation nicht enthalten.</translation>
        </message>
        <message>
            <source>Cannot open the sample session</source>
            <translation>Die Beispielsitzung kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>version {0} — coding caregiver–infant interaction: attuned, misattuned, repair</source>
            <translation>Version {0} — Kodierung der Interaktion zwischen Bezugsperson und Säugling: abgestimmt, nicht abgestimmt, Reparatur</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Neue Sitzung…</translation>
        </message>
        <message>
            <source>A video (or two cameras) or a live session, a scheme and the details</source>
            <translation>Ein Video (oder zwei Kameras) oder eine Live-Sitzung, ein Kodiersystem und die Details</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <source>Open a session file (.acs)</source>
            <translation>Eine Sitzungsdatei (.acs) öffnen</translation>
        </message>
        <message>
            <source>Open the sample session</source>
            <translation>Beispielsitzung öffnen</translation>
        </message>
        <message>
            <source>A coded six-minute still-face session to practise on (a copy: the sample itself is never changed)</source>
            <translation>Eine kodierte sechsminütige Still-Face-Sitzung zum Üben (eine Kopie: das Beispiel selbst wird nie verändert)</translation>
        </message>
        <message>
            <source>A session is one &lt;b&gt;.acs&lt;/b&gt; file beside its video (the video is never copied). Press &lt;b&gt;F1&lt;/b&gt; in the coding window for every key.</source>
            <translation>Eine Sitzung ist eine &lt;b&gt;.acs&lt;/b&gt;-Datei neben ihrem Video (das Video wird nie kopiert). Drücken Sie &lt;b&gt;F1&lt;/b&gt; im Kodierfenster, um alle Tasten zu sehen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent sessions&lt;/b&gt; (click to open)</source>
            <translation>&lt;b&gt;Zuletzt geöffnete Sitzungen&lt;/b&gt; (zum Öffnen klicken)</translation>
        </message>
        <message>
            <source>No sessions opened yet</source>
            <translation>Noch keine Sitzungen geöffnet</translation>
        </message>
    </context>
    <context>
        <name>StudyDashboard</name>
        <message>
            <source>You are:</source>
            <translation>Sie sind:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <source>Add videos…</source>
            <translation>Videos hinzufügen…</translation>
        </message>
        <message>
            <source>Draw reliability sample…</source>
            <translation>Reliabilitätsstichprobe ziehen…</translation>
        </message>
        <message>
            <source>Agreement…</source>
            <translation>Übereinstimmung…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>{0} — {1} video(s)</source>
            <translation>{0} — {1} Video(s)</translation>
        </message>
        <message>
            <source>{0} — study — attachcoder</source>
            <translation>{0} — Studie — attachcoder</translation>
        </message>
        <message>
            <source>you</source>
            <translation>Sie</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next for {0}:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Next for the study:&lt;/b&gt; {2}</source>
            <translation>&lt;b&gt;Als Nächstes für {0}:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Als Nächstes für die Studie:&lt;/b&gt; {2}</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>{0} of {1} complete</source>
            <translation>{0} von {1} abgeschlossen</translation>
        </message>
        <message>
            <source>{0}; and {1} more</source>
            <translation>{0}; und {1} weitere</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Wer sind Sie?</translation>
        </message>
        <message>
            <source>Choose who you are (You are: …) to open your codings.</source>
            <translation>Wählen Sie, wer Sie sind (Sie sind: …), um Ihre Kodierungen zu öffnen.</translation>
        </message>
        <message>
            <source>{0} and {1}</source>
            <translation>{0} und {1}</translation>
        </message>
        <message>
            <source>Not yours to code</source>
            <translation>Nicht Ihnen zugewiesen</translation>
        </message>
        <message>
            <source>Dyad {0} is coded by {1}. {2} has no coding of it; another coder's session is never opened for you (blind double-coding).</source>
            <translation>Dyade {0} wird von {1} kodiert. {2} hat keine Kodierung davon; die Sitzung einer anderen Kodiererin / eines anderen Kodierers wird für Sie nie geöffnet (verblindete Doppelkodierung).</translation>
        </message>
    </context>
    <context>
        <name>StudyLink</name>
        <message>
            <source>This coding is complete and opens read-only; Session → Reopen for editing to change it.</source>
            <translation>Diese Kodierung ist abgeschlossen und wird schreibgeschützt geöffnet; zum Ändern Sitzung → Zur Bearbeitung wieder öffnen.</translation>
        </message>
        <message>
            <source>Not marked complete: states are still running.</source>
            <translation>Nicht als abgeschlossen markiert: Zustände laufen noch.</translation>
        </message>
        <message>
            <source>Not marked complete: {0}</source>
            <translation>Nicht als abgeschlossen markiert: {0}</translation>
        </message>
        <message>
            <source>Cannot open the study</source>
            <translation>Die Studie kann nicht geöffnet werden</translation>
        </message>
    </context>
    <context>
        <name>TransportBar</name>
        <message>
            <source>frame {0}</source>
            <translation>Bild {0}</translation>
        </message>
        <message>
            <source>Time of the frame on screen (hh:mm:ss.mmm)</source>
            <translation>Zeit des angezeigten Bildes (hh:mm:ss.mmm)</translation>
        </message>
        <message>
            <source>frame –</source>
            <translation>Bild –</translation>
        </message>
        <message>
            <source>Number of the frame on screen (the first frame is 0)</source>
            <translation>Nummer des angezeigten Bildes (das erste Bild ist 0)</translation>
        </message>
        <message>
            <source>Playback speed: ] faster, [ slower, \ back to 1×</source>
            <translation>Wiedergabegeschwindigkeit: ] schneller, [ langsamer, \ zurück auf 1×</translation>
        </message>
    </context>
    <context>
        <name>UnsetCount</name>
        <message>
            <source>Episodes whose code has a modifier nobody set yet (marked in the table). Click to select the next one, then choose the value under the table.</source>
            <translation>Episoden, deren Code einen Modifikator hat, der noch nicht gesetzt wurde (in der Tabelle markiert). Klicken Sie, um die nächste auszuwählen, und wählen Sie dann den Wert unter der Tabelle.</translation>
        </message>
        <message>
            <source>{0} {1} without {2}</source>
            <translation>{0}× {3} ohne {2}</translation>
        </message>
    </context>
    <context>
        <name>VideoProbe</name>
        <message>
            <source>no such file</source>
            <extracomment>(slowest, fastest) rate when the video's rate varies; None when constant or unknown</extracomment>
            <translation>Datei nicht vorhanden</translation>
        </message>
    </context>
    <context>
        <name>VideoWidget</name>
        <message>
            <source>No video</source>
            <translation>Kein Video</translation>
        </message>
        <message>
            <source>Loading the video…</source>
            <translation>Video wird geladen…</translation>
        </message>
        <message>
            <source>File ▸ Locate video…</source>
            <translation>Datei ▸ Video suchen…</translation>
        </message>
        <message>
            <source>The video</source>
            <translation>Das Video</translation>
        </message>
        <message>
            <source>{0} cannot be played:
{1}.

Choose a good copy of the video with {2}
The coding in the table can still be edited.</source>
            <translation>{0} kann nicht abgespielt werden:
{1}.

Wählen Sie eine intakte Kopie des Videos über {2}
Die Kodierung in der Tabelle kann weiterhin bearbeitet werden.</translation>
        </message>
    </context>
    <context>
        <name>agreement</name>
        <message>
            <source>excellent</source>
            <extracomment>Koo &amp; Li (2016): below .50 poor, .50–.75 moderate, .75–.90 good, above .90 excellent.</extracomment>
            <translation>ausgezeichnet</translation>
        </message>
        <message>
            <source>good</source>
            <translation>gut</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderat</translation>
        </message>
        <message>
            <source>almost perfect</source>
            <extracomment>The normal quantile of a two-sided 95% interval (z_.975), as statsmodels' cohens_kappa. Landis &amp; Koch (1977), intervals closed on the left. Printed beside κ, never as a verdict. The words are marked for translation (context "agreement"): the window and the workbook show them in their language; JSON and text output keep these.</extracomment>
            <translation>nahezu vollkommen</translation>
        </message>
        <message>
            <source>substantial</source>
            <translation>beachtlich</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>ausreichend</translation>
        </message>
        <message>
            <source>slight</source>
            <translation>gering</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>schlecht</translation>
        </message>
        <message>
            <source>SE and 95% CI of κ: Fleiss, Cohen &amp; Everitt (1969), treating units as independent (they are not: neighbouring time units are alike, so the interval is too narrow).</source>
            <translation>SE und 95%-KI von κ: Fleiss, Cohen &amp; Everitt (1969), unter der Annahme unabhängiger Einheiten (sie sind es nicht: benachbarte Zeiteinheiten ähneln einander, daher ist das Intervall zu schmal).</translation>
        </message>
        <message>
            <source>[{0}, {1}]</source>
            <extracomment>Okabe–Ito, one colour per coder (they repeat past eight coders)</extracomment>
            <translation>[{0}; {1}]</translation>
        </message>
        <message>
            <source>Observer drift: rolling mean κ of the last five pairs</source>
            <translation>Beobachterdrift: gleitendes mittleres κ der letzten fünf Paare</translation>
        </message>
        <message>
            <source>reliability pair, by completion</source>
            <translation>Reliabilitätspaar, nach Abschluss</translation>
        </message>
        <message>
            <source>{0} (below criterion)</source>
            <translation>{0} (unter dem Kriterium)</translation>
        </message>
        <message>
            <source>criterion {0}</source>
            <translation>Kriterium {0}</translation>
        </message>
    </context>
    <context>
        <name>completion</name>
        <message>
            <source>states are still running; choose where they end</source>
            <translation>Zustände laufen noch; wählen Sie, wo sie enden</translation>
        </message>
        <message>
            <source>{0}, does not start before {1}, so it cannot end there; show a later frame, or close it at the end of the video</source>
            <translation>{0} beginnt nicht vor {1} und kann daher dort nicht enden; zeigen Sie ein späteres Bild an oder beenden Sie den Zustand am Ende des Videos</translation>
        </message>
    </context>
    <context>
        <name>conflict</name>
        <message>
            <source>{0} — missing</source>
            <translation>{0} — fehlt</translation>
        </message>
        <message>
            <source>{0} — saved {1}, cannot be read ({2})</source>
            <translation>{0} — gespeichert {1}, nicht lesbar ({2})</translation>
        </message>
        <message>
            <source>{0} — saved {1}, {2}</source>
            <translation>{0} — gespeichert {1}, {2}</translation>
        </message>
        <message>
            <source>Two copies of this coding</source>
            <translation>Zwei Kopien dieser Kodierung</translation>
        </message>
        <message>
            <source>A sync client (or a person) left a second copy of this coding:

  • {0}
  • {1}

Until one is kept, the video counts as a conflict: it is in no export and no agreement. Compare the two, then keep one — the other is renamed aside (….bak), never deleted.</source>
            <translation>Ein Synchronisierungsprogramm (oder eine Person) hat eine zweite Kopie dieser Kodierung hinterlassen:

  • {0}
  • {1}

Solange keine behalten wurde, gilt das Video als Konflikt: Es geht in keinen Export und keine Übereinstimmung ein. Vergleichen Sie beide und behalten Sie dann eine — die andere wird umbenannt (….bak), nie gelöscht.</translation>
        </message>
        <message>
            <source>Keep {0}</source>
            <translation>{0} behalten</translation>
        </message>
        <message>
            <source>Compare the two</source>
            <translation>Beide vergleichen</translation>
        </message>
        <message>
            <source>Nothing changed</source>
            <translation>Nichts geändert</translation>
        </message>
        <message>
            <source>The files could not be renamed: {0}</source>
            <translation>Die Dateien konnten nicht umbenannt werden: {0}</translation>
        </message>
        <message>
            <source>Conflict resolved</source>
            <translation>Konflikt gelöst</translation>
        </message>
        <message>
            <source>Kept {0}; the other is now {1}.</source>
            <translation>{0} behalten; die andere Kopie heißt jetzt {1}.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>The language of the sheet names, headings and notes; the data tables' column names stay English identifiers.</source>
            <translation>Die Sprache der Tabellenblattnamen, Überschriften und Hinweise; die Spaltennamen der Datentabellen bleiben englische Bezeichner.</translation>
        </message>
        <message>
            <source>the export failed unexpectedly ({0}); see the log</source>
            <translation>der Export ist unerwartet fehlgeschlagen ({0}); siehe Protokoll</translation>
        </message>
    </context>
    <context>
        <name>file_flow</name>
        <message>
            <source>Cannot open the session</source>
            <translation>Die Sitzung kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Recovered unsaved coding of {0}; save to keep it.</source>
            <translation>Nicht gespeicherte Kodierung von {0} wiederhergestellt; speichern Sie, um sie zu behalten.</translation>
        </message>
        <message>
            <source>(last change {0})</source>
            <translation>(letzte Änderung {0})</translation>
        </message>
        <message>
            <source>This session has no video</source>
            <translation>Diese Sitzung hat kein Video</translation>
        </message>
        <message>
            <source>Video not found: {0}
File ▸ Locate video…</source>
            <translation>Video nicht gefunden: {0}
Datei ▸ Video suchen…</translation>
        </message>
        <message>
            <source>The video {0} was not found; the table can still be edited. Locate it from the File menu.</source>
            <translation>Das Video {0} wurde nicht gefunden; die Tabelle kann weiterhin bearbeitet werden. Suchen Sie es über das Menü Datei.</translation>
        </message>
        <message>
            <source>Locate video</source>
            <translation>Video suchen</translation>
        </message>
        <message>
            <source>Cannot use this video</source>
            <translation>Dieses Video kann nicht verwendet werden</translation>
        </message>
        <message>
            <source>Using the video {0}; save to remember where it is.</source>
            <translation>Das Video {0} wird verwendet; speichern Sie, damit sein Speicherort erhalten bleibt.</translation>
        </message>
        <message>
            <source>Your coding is safe in memory and in the journal; try another place.</source>
            <translation>Ihre Kodierung ist im Arbeitsspeicher und im Protokoll gesichert; versuchen Sie einen anderen Speicherort.</translation>
        </message>
        <message>
            <source>Your coding is only in memory now: keep this window open and save to another place (another disk or folder).</source>
            <translation>Ihre Kodierung befindet sich jetzt nur im Arbeitsspeicher: Lassen Sie dieses Fenster geöffnet und speichern Sie an einem anderen Ort (anderer Datenträger oder Ordner).</translation>
        </message>
        <message>
            <source>The session was not saved: {0}</source>
            <translation>Die Sitzung wurde nicht gespeichert: {0}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>{0} gespeichert</translation>
        </message>
    </context>
    <context>
        <name>help</name>
        <message>
            <source>F2, Enter</source>
            <extracomment>how episodes are edited: (keys, what they do), as HTML (marked for translation)</extracomment>
            <translation>F2, Enter</translation>
        </message>
        <message>
            <source>In the episode table, F2 edits the cell; Enter keeps the edit. At a boundary two touching episodes share, a new onset or offset moves &lt;b&gt;both&lt;/b&gt; sides, as dragging the boundary in the timeline does (one undo step).</source>
            <translation>In der Episodentabelle bearbeitet F2 die Zelle; Enter übernimmt die Änderung. An einer Grenze, die sich zwei aneinanderstoßende Episoden teilen, verschiebt ein neuer Beginn oder ein neues Ende &lt;b&gt;beide&lt;/b&gt; Seiten, wie das Ziehen der Grenze in der Zeitleiste (ein Rückgängig-Schritt).</translation>
        </message>
        <message>
            <source>Shift+Enter</source>
            <translation>Shift+Enter</translation>
        </message>
        <message>
            <source>Keeps a new onset or offset for &lt;b&gt;this edge alone&lt;/b&gt; (the neighbour stays: a gap opens, or an overlap is refused). In the timeline, hold Shift while dragging an edge.</source>
            <translation>Übernimmt einen neuen Beginn oder ein neues Ende &lt;b&gt;nur für diese Kante&lt;/b&gt; (die Nachbarepisode bleibt: eine Lücke entsteht, oder eine Überlappung wird abgelehnt). Halten Sie in der Zeitleiste beim Ziehen einer Kante Shift gedrückt.</translation>
        </message>
        <message>
            <source>Note, modifiers</source>
            <translation>Notiz, Modifikatoren</translation>
        </message>
        <message>
            <source>Under the table, the selected episode's note (Ctrl+Enter or clicking away keeps it, Escape puts back what was there) and its modifiers. A modifier left unset is tinted in the table and counted in the status bar; click the count to go to the next one.</source>
            <translation>Unter der Tabelle: die Notiz der ausgewählten Episode (Ctrl+Enter oder Wegklicken übernimmt sie, Escape stellt den vorherigen Text wieder her) und ihre Modifikatoren. Ein nicht gesetzter Modifikator ist in der Tabelle farbig hinterlegt und wird in der Statusleiste gezählt; klicken Sie auf die Anzahl, um zum nächsten zu gelangen.</translation>
        </message>
        <message>
            <source>Editing episodes</source>
            <translation>Episoden bearbeiten</translation>
        </message>
        <message>
            <source>Keys for the scheme “{0}”</source>
            <translation>Tasten für das Kodiersystem „{0}“</translation>
        </message>
        <message>
            <source>A &lt;b&gt;state&lt;/b&gt; key starts that state and ends the one running in its layer at the same frame; pressing the running state's key again ends it. A &lt;b&gt;point&lt;/b&gt; key marks an instant. Keys code the frame on screen, wherever the focus is (except in a text field); Shift is never needed.</source>
            <translation>Eine &lt;b&gt;Zustands&lt;/b&gt;-Taste startet diesen Zustand und beendet den in ihrer Ebene laufenden Zustand beim selben Bild; erneutes Drücken der Taste des laufenden Zustands beendet ihn. Eine &lt;b&gt;Zeitpunkt&lt;/b&gt;-Taste markiert einen Augenblick. Die Tasten kodieren das angezeigte Bild, wo auch immer der Fokus liegt (außer in einem Textfeld); Shift ist nie nötig.</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Taste</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>states</source>
            <translation>Zustände</translation>
        </message>
        <message>
            <source>points</source>
            <translation>Zeitpunkte</translation>
        </message>
        <message>
            <source>then choose {0}</source>
            <translation>danach wählen: {0}</translation>
        </message>
        <message>
            <source>asks for a note (Enter keeps it, Escape leaves it out)</source>
            <translation>fragt nach einer Notiz (Enter übernimmt sie, Escape lässt sie weg)</translation>
        </message>
        <message>
            <source>Player and window keys</source>
            <translation>Tasten für Player und Fenster</translation>
        </message>
        <message>
            <source>Does</source>
            <translation>Funktion</translation>
        </message>
    </context>
    <context>
        <name>ids</name>
        <message>
            <source>the {0} {1} holds {2}: IDs name rows in every report and files on disk; type it again without control or text-direction characters</source>
            <translation>die {0} {1} enthält {2}: IDs benennen Zeilen in jedem Bericht und Dateien auf dem Datenträger; geben Sie sie ohne Steuer- oder Textrichtungszeichen erneut ein</translation>
        </message>
    </context>
    <context>
        <name>keymap</name>
        <message>
            <source> or </source>
            <extracomment>"player" keys are routed by the window itself wherever the focus is (except text fields); "menu" keys are ordinary menu shortcuts (a text field keeps its own Ctrl+Z). the menu an action sits in (None: it has keys only) who runs it: "window" (the main window's methods), "session" (the Session menu's ``SessionActions``), or the part named (camera 2, import/export, Compare with…, the live clock, the timeline, the study link); a player action with no slot runs through the window's ``trigger`` "document": enabled only while a session is open; "part": its owner enables it by a state of its own (camera 2 needs a second video, Stop comparing a comparison, Undo a step)</extracomment>
            <translation> oder </translation>
        </message>
        <message>
            <source>E&amp;xport for other tools</source>
            <translation>Export für andere &amp;Programme</translation>
        </message>
        <message>
            <source>Play / pause</source>
            <translation>Wiedergabe / Pause</translation>
        </message>
        <message>
            <source>Next frame</source>
            <translation>Nächstes Bild</translation>
        </message>
        <message>
            <source>Previous frame</source>
            <translation>Vorheriges Bild</translation>
        </message>
        <message>
            <source>Forward 1 s</source>
            <translation>1 s vor</translation>
        </message>
        <message>
            <source>Back 1 s</source>
            <translation>1 s zurück</translation>
        </message>
        <message>
            <source>Forward 5 s</source>
            <translation>5 s vor</translation>
        </message>
        <message>
            <source>Back 5 s</source>
            <translation>5 s zurück</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Schneller</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>Langsamer</translation>
        </message>
        <message>
            <source>Normal speed (1×)</source>
            <translation>Normale Geschwindigkeit (1×)</translation>
        </message>
        <message>
            <source>Keep playing while typing a note</source>
            <translation>Wiedergabe beim Schreiben einer Notiz fortsetzen</translation>
        </message>
        <message>
            <source>Timeline follows the playhead</source>
            <translation>Zeitleiste folgt der Abspielposition</translation>
        </message>
        <message>
            <source>Delete the selected episode</source>
            <translation>Ausgewählte Episode löschen</translation>
        </message>
        <message>
            <source>&amp;Delete episode</source>
            <translation>Episode &amp;löschen</translation>
        </message>
        <message>
            <source>Close a prompt</source>
            <translation>Eingabeaufforderung schließen</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Neue Sitzung…</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Neue Sitzung…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open recent</source>
            <translation>Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Locate video…</source>
            <translation>Video suchen…</translation>
        </message>
        <message>
            <source>&amp;Locate video…</source>
            <translation>&amp;Video suchen…</translation>
        </message>
        <message>
            <source>Locate camera 2 video…</source>
            <translation>Video von Kamera 2 suchen…</translation>
        </message>
        <message>
            <source>Locate camera &amp;2 video…</source>
            <translation>Video von Kamera &amp;2 suchen…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Export workbook…</source>
            <translation>Arbeitsmappe exportieren…</translation>
        </message>
        <message>
            <source>&amp;Export workbook…</source>
            <translation>Arbeitsmappe &amp;exportieren…</translation>
        </message>
        <message>
            <source>Batch export…</source>
            <translation>Stapelexport…</translation>
        </message>
        <message>
            <source>&amp;Batch export…</source>
            <translation>St&amp;apelexport…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Open an ELAN, BORIS, Datavyu or Praat coding as a new session</source>
            <translation>Eine Kodierung aus ELAN, BORIS, Datavyu oder Praat als neue Sitzung öffnen</translation>
        </message>
        <message>
            <source>ELAN (.eaf)…</source>
            <translation>ELAN (.eaf)…</translation>
        </message>
        <message>
            <source>Write this session as ELAN annotation file</source>
            <translation>Diese Sitzung als ELAN-Annotationsdatei schreiben</translation>
        </message>
        <message>
            <source>BORIS (.boris)…</source>
            <translation>BORIS (.boris)…</translation>
        </message>
        <message>
            <source>Write this session as a BORIS project (ethogram from the scheme, one observation)</source>
            <translation>Diese Sitzung als BORIS-Projekt schreiben (Ethogramm aus dem Kodiersystem, eine Beobachtung)</translation>
        </message>
        <message>
            <source>Datavyu (.opf)…</source>
            <translation>Datavyu (.opf)…</translation>
        </message>
        <message>
            <source>Write this session as a Datavyu project (one column per layer)</source>
            <translation>Diese Sitzung als Datavyu-Projekt schreiben (eine Spalte pro Ebene)</translation>
        </message>
        <message>
            <source>Praat (.TextGrid)…</source>
            <translation>Praat (.TextGrid)…</translation>
        </message>
        <message>
            <source>Write this session as a Praat TextGrid (one tier per layer)</source>
            <translation>Diese Sitzung als Praat-TextGrid schreiben (ein Tier pro Ebene)</translation>
        </message>
        <message>
            <source>SDIS for GSEQ (.sds)…</source>
            <translation>SDIS für GSEQ (.sds)…</translation>
        </message>
        <message>
            <source>Write this session as SDIS timed-event data for GSEQ</source>
            <translation>Diese Sitzung als SDIS-Timed-Event-Daten für GSEQ schreiben</translation>
        </message>
        <message>
            <source>Episodes table (.csv)…</source>
            <translation>Episodentabelle (.csv)…</translation>
        </message>
        <message>
            <source>Write this session as episodes table (CSV)</source>
            <translation>Diese Sitzung als Episodentabelle (CSV) schreiben</translation>
        </message>
        <message>
            <source>Leave notes out</source>
            <translation>Notizen weglassen</translation>
        </message>
        <message>
            <source>Write the exports above without the coders' notes</source>
            <translation>Die obigen Exporte ohne die Notizen der Kodierer/innen schreiben</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>Vergleichen mit…</translation>
        </message>
        <message>
            <source>&amp;Compare with…</source>
            <translation>Ver&amp;gleichen mit…</translation>
        </message>
        <message>
            <source>Load another coding of this session (e.g. a second observer's) and see where the two agree</source>
            <translation>Eine andere Kodierung dieser Sitzung laden (z. B. die einer zweiten Beobachterin / eines zweiten Beobachters) und sehen, wo beide übereinstimmen</translation>
        </message>
        <message>
            <source>Stop comparing</source>
            <translation>Vergleich beenden</translation>
        </message>
        <message>
            <source>S&amp;top comparing</source>
            <translation>Verglei&amp;ch beenden</translation>
        </message>
        <message>
            <source>New study…</source>
            <translation>Neue Studie…</translation>
        </message>
        <message>
            <source>New stud&amp;y…</source>
            <translation>Neue S&amp;tudie…</translation>
        </message>
        <message>
            <source>Open study…</source>
            <translation>Studie öffnen…</translation>
        </message>
        <message>
            <source>Open s&amp;tudy…</source>
            <translation>Stu&amp;die öffnen…</translation>
        </message>
        <message>
            <source>Keyboard help</source>
            <translation>Tastaturhilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard…</source>
            <translation>&amp;Tastatur…</translation>
        </message>
        <message>
            <source>Language…</source>
            <translation>Sprache…</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>Sp&amp;rache…</translation>
        </message>
        <message>
            <source>The language of the window, the default scheme and the workbook</source>
            <translation>Die Sprache des Fensters, des Standard-Kodiersystems und der Arbeitsmappe</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Coding scheme…</source>
            <translation>Kodiersystem…</translation>
        </message>
        <message>
            <source>Coding &amp;scheme…</source>
            <translation>&amp;Kodiersystem…</translation>
        </message>
        <message>
            <source>Layers, codes, keys, colours and rating items</source>
            <translation>Ebenen, Codes, Tasten, Farben und Rating-Items</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Details…</translation>
        </message>
        <message>
            <source>&amp;Details…</source>
            <translation>&amp;Details…</translation>
        </message>
        <message>
            <source>Dyad and coder IDs, date, infant age, caregiver, notes</source>
            <translation>Dyaden- und Kodierer-ID, Datum, Alter des Säuglings, Bezugsperson, Notizen</translation>
        </message>
        <message>
            <source>Ratings…</source>
            <translation>Ratings…</translation>
        </message>
        <message>
            <source>&amp;Ratings…</source>
            <translation>&amp;Ratings…</translation>
        </message>
        <message>
            <source>Start / pause the clock</source>
            <translation>Uhr starten / anhalten</translation>
        </message>
        <message>
            <source>Stop the clock</source>
            <translation>Uhr stoppen</translation>
        </message>
        <message>
            <source>Mark coding complete</source>
            <translation>Kodierung als abgeschlossen markieren</translation>
        </message>
        <message>
            <source>Reopen for editing</source>
            <translation>Zur Bearbeitung wieder öffnen</translation>
        </message>
        <message>
            <source>Open the sample session</source>
            <translation>Beispielsitzung öffnen</translation>
        </message>
        <message>
            <source>Open the &amp;sample session</source>
            <translation>&amp;Beispielsitzung öffnen</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>Follow the system</source>
            <translation>Systemsprache verwenden</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language of the window, the default scheme and the workbook:</source>
            <translation>Die Sprache des Fensters, des Standard-Kodiersystems und der Arbeitsmappe:</translation>
        </message>
        <message>
            <source>the system's language</source>
            <translation>die Sprache des Systems</translation>
        </message>
        <message>
            <source>attachcoder speaks {0} from its next start.</source>
            <translation>Sprache von attachcoder ab dem nächsten Start: {0}.</translation>
        </message>
    </context>
    <context>
        <name>load_watch</name>
        <message>
            <source>it is not a video that can be read (damaged, cut short, or not a video file)</source>
            <extracomment>the reasons, in English (marked; shown through :func:`said` in the window's language)</extracomment>
            <translation>es ist kein lesbares Video (beschädigt, abgeschnitten oder keine Videodatei)</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes)</source>
            <translation>die Datei ist leer (0 Byte)</translation>
        </message>
        <message>
            <source>it has no video stream (sound only)</source>
            <translation>es enthält keinen Videostream (nur Ton)</translation>
        </message>
        <message>
            <source>no picture could be decoded from it (the file is probably cut short or damaged)</source>
            <translation>es konnte kein Bild daraus dekodiert werden (die Datei ist vermutlich abgeschnitten oder beschädigt)</translation>
        </message>
        <message>
            <source>it could not be read in time</source>
            <translation>es konnte nicht rechtzeitig gelesen werden</translation>
        </message>
        <message>
            <source>it cannot be read ({0})</source>
            <translation>es kann nicht gelesen werden ({0})</translation>
        </message>
    </context>
    <context>
        <name>measures</name>
        <message>
            <source>Length of the phase (or of the whole session for phase 'all').</source>
            <translation>Länge der Phase (bzw. der gesamten Sitzung für die Phase 'all').</translation>
        </message>
        <message>
            <source>Number of segments added up: phase episodes, or stretches outside every phase. Without phases the whole session is one segment.</source>
            <translation>Anzahl der aufsummierten Segmente: Phasenepisoden oder Abschnitte außerhalb jeder Phase. Ohne Phasen ist die gesamte Sitzung ein Segment.</translation>
        </message>
        <message>
            <source>Episodes in the session file (all layers; phase 'all' only).</source>
            <translation>Episoden in der Sitzungsdatei (alle Ebenen; nur Phase 'all').</translation>
        </message>
        <message>
            <source>Episodes that cross a segment boundary; each is clipped and counted once in every segment it touches.</source>
            <translation>Episoden, die eine Segmentgrenze überschreiten; jede wird beschnitten und in jedem berührten Segment einmal gezählt.</translation>
        </message>
        <message>
            <source>How far the coding was observed (metadata.observed_to_ms, or the last coded instant when later): every figure covers 0 to here. Empty when the file does not say (older files, imports): then the whole media is covered.</source>
            <translation>Bis wohin die Kodierung beobachtet wurde (metadata.observed_to_ms oder der letzte kodierte Zeitpunkt, falls später): Alle Werte decken 0 bis hierher ab. Leer, wenn die Datei es nicht angibt (ältere Dateien, Importe): Dann ist das gesamte Medium abgedeckt.</translation>
        </message>
        <message>
            <source>Length of the media (of the live session's clock without media).</source>
            <translation>Länge des Mediums (bei einer Live-Sitzung ohne Medium: der Uhr).</translation>
        </message>
        <message>
            <source>observed_to / media_duration.</source>
            <translation>observed_to / media_duration.</translation>
        </message>
        <message>
            <source>States still running in the file, ended where the coding was observed to for these figures.</source>
            <translation>In der Datei noch laufende Zustände, für diese Werte dort beendet, bis wohin die Kodierung beobachtet wurde.</translation>
        </message>
        <message>
            <source>States still running in a file that does not say how far it was observed: left out of every figure (never taken to run to the end of the media).</source>
            <translation>Noch laufende Zustände in einer Datei, die nicht angibt, bis wohin beobachtet wurde: aus allen Werten ausgeschlossen (nie als bis zum Ende des Mediums laufend angenommen).</translation>
        </message>
        <message>
            <source>Time the layer's episodes cover (uncodable time included).</source>
            <translation>Von den Episoden der Ebene abgedeckte Zeit (einschließlich nicht kodierbarer Zeit).</translation>
        </message>
        <message>
            <source>Time of the phase not covered by any episode of the layer.</source>
            <translation>Zeit der Phase, die von keiner Episode der Ebene abgedeckt ist.</translation>
        </message>
        <message>
            <source>Covered time / duration.</source>
            <translation>Abgedeckte Zeit / Dauer.</translation>
        </message>
        <message>
            <source>Uncoded gaps longer than 1 s (for 'all', found on the whole session's timeline; for a phase, the parts inside its segments).</source>
            <translation>Nicht kodierte Lücken länger als 1 s (für 'all' auf der Zeitachse der gesamten Sitzung ermittelt; für eine Phase die Teile innerhalb ihrer Segmente).</translation>
        </message>
        <message>
            <source>Total length of those gaps.</source>
            <translation>Gesamtlänge dieser Lücken.</translation>
        </message>
        <message>
            <source>T: covered time minus time in codes with role 'excluded'. The denominator of every proportion and rate of the layer.</source>
            <translation>T: abgedeckte Zeit abzüglich der Zeit in Codes mit der Rolle 'excluded'. Der Nenner aller Anteile und Raten der Ebene.</translation>
        </message>
        <message>
            <source>Time in codes with role 'excluded'.</source>
            <translation>Zeit in Codes mit der Rolle 'excluded'.</translation>
        </message>
        <message>
            <source>Number of episodes of the code (a point's count for point layers).</source>
            <translation>Anzahl der Episoden des Codes (bei Zeitpunkt-Ebenen die Anzahl der Zeitpunkte).</translation>
        </message>
        <message>
            <source>D: summed duration of the code's episodes.</source>
            <translation>D: summierte Dauer der Episoden des Codes.</translation>
        </message>
        <message>
            <source>D / T.</source>
            <translation>D / T.</translation>
        </message>
        <message>
            <source>D / count.</source>
            <translation>D / count.</translation>
        </message>
        <message>
            <source>Median episode duration.</source>
            <translation>Median der Episodendauer.</translation>
        </message>
        <message>
            <source>count / (T / 60 s). For point codes T is the interaction layer's codable time (the phase's duration when there is no interaction layer).</source>
            <translation>count / (T / 60 s). Für Zeitpunkt-Codes ist T die kodierbare Zeit der Interaktionsebene (die Dauer der Phase, wenn es keine Interaktionsebene gibt).</translation>
        </message>
        <message>
            <source>Time in codes with role 'attuned' / T of the interaction layer.</source>
            <translation>Zeit in Codes mit der Rolle 'attuned' / T der Interaktionsebene.</translation>
        </message>
        <message>
            <source>Time in codes with role 'misattuned' / T.</source>
            <translation>Zeit in Codes mit der Rolle 'misattuned' / T.</translation>
        </message>
        <message>
            <source>Time in codes with role 'repair' / T.</source>
            <translation>Zeit in Codes mit der Rolle 'repair' / T.</translation>
        </message>
        <message>
            <source>Episodes with role 'misattuned'.</source>
            <translation>Episoden mit der Rolle 'misattuned'.</translation>
        </message>
        <message>
            <source>Ruptures followed, inside their segment and skipping 'excluded' episodes and gaps, by an 'attuned' episode before any other 'misattuned' one.</source>
            <translation>Brüche, auf die innerhalb ihres Segments – unter Überspringen von 'excluded'-Episoden und Lücken – eine 'attuned'-Episode folgt, bevor eine weitere 'misattuned'-Episode auftritt.</translation>
        </message>
        <message>
            <source>Ruptures followed first by another 'misattuned' one.</source>
            <translation>Brüche, auf die zuerst eine weitere 'misattuned'-Episode folgt.</translation>
        </message>
        <message>
            <source>Ruptures whose segment ends first (censored).</source>
            <translation>Brüche, deren Segment zuerst endet (zensiert).</translation>
        </message>
        <message>
            <source>repaired / (ruptures − unresolved).</source>
            <translation>reparierte / (Brüche − nicht aufgelöste).</translation>
        </message>
        <message>
            <source>Mean of (onset of the repairing 'attuned' episode − onset of the rupture), clock time: skipped excluded and uncoded time counts.</source>
            <translation>Mittelwert von (Beginn der reparierenden 'attuned'-Episode − Beginn des Bruchs), in Uhrzeit: übersprungene ausgeschlossene und nicht kodierte Zeit zählt mit.</translation>
        </message>
        <message>
            <source>Median time to repair.</source>
            <translation>Median der Zeit bis zur Reparatur.</translation>
        </message>
        <message>
            <source>Number of repaired ruptures the time to repair is over.</source>
            <translation>Anzahl der reparierten Brüche, über die die Zeit bis zur Reparatur berechnet ist.</translation>
        </message>
        <message>
            <source>Episodes with role 'repair'.</source>
            <translation>Episoden mit der Rolle 'repair'.</translation>
        </message>
        <message>
            <source>Repair attempts whose next codable episode in the segment is 'attuned'.</source>
            <translation>Reparaturversuche, deren nächste kodierbare Episode im Segment 'attuned' ist.</translation>
        </message>
        <message>
            <source>Repair attempts cut off by the end of their segment (no codable episode follows in it): censored, like unresolved ruptures.</source>
            <translation>Reparaturversuche, die vom Ende ihres Segments abgeschnitten werden (im Segment folgt keine kodierbare Episode mehr): zensiert, wie nicht aufgelöste Brüche.</translation>
        </message>
        <message>
            <source>successful / (repair attempts − unresolved attempts).</source>
            <translation>erfolgreiche / (Reparaturversuche − nicht aufgelöste Versuche).</translation>
        </message>
        <message>
            <source>Repair attempts by modifier value, e.g. repair_attempts_initiator_caregiver; '_not_coded' when the modifier was left empty.</source>
            <translation>Reparaturversuche nach Wert des Modifikators, z. B. repair_attempts_initiator_caregiver; '_not_coded', wenn der Modifikator leer gelassen wurde.</translation>
        </message>
        <message>
            <source>n_ij: lag-1 transitions from code i to code j between consecutive codable episodes of the interaction layer inside a segment; an 'excluded' episode or an uncoded gap breaks the chain.</source>
            <translation>n_ij: Lag-1-Übergänge von Code i zu Code j zwischen aufeinanderfolgenden kodierbaren Episoden der Interaktionsebene innerhalb eines Segments; eine 'excluded'-Episode oder eine nicht kodierte Lücke unterbricht die Kette.</translation>
        </message>
        <message>
            <source>p(j | i) = n_ij / n_i+.</source>
            <translation>p(j | i) = n_ij / n_i+.</translation>
        </message>
        <message>
            <source>Yule's Q for i → j: a = n_ij, b = n_i+ − a, c = n_+j − a, d = N − a − b − c; Q = (ad − bc) / (ad + bc). On the diagonal (i → i) Q is near −1 by construction: a state is normally followed by another code, so read it as no effect.</source>
            <translation>Yules Q für i → j: a = n_ij, b = n_i+ − a, c = n_+j − a, d = N − a − b − c; Q = (ad − bc) / (ad + bc). Auf der Diagonale (i → i) liegt Q konstruktionsbedingt nahe −1: Auf einen Zustand folgt normalerweise ein anderer Code; der Wert ist daher nicht als Effekt zu lesen.</translation>
        </message>
        <message>
            <source>m(still-face) − m(play) for a headline measure m; needs all three phases coded. The phases are the phase codes with roles play, still-face and reunion (never the codes' order); without those roles it is empty, with a note.</source>
            <translation>m(still-face) − m(play) für ein Hauptmaß m; erfordert, dass alle drei Phasen kodiert sind. Die Phasen sind die Phasencodes mit den Rollen play, still-face und reunion (nie die Reihenfolge der Codes); ohne diese Rollen bleibt das Maß leer, mit einem Hinweis.</translation>
        </message>
        <message>
            <source>m(reunion) − m(play) for a headline measure.</source>
            <translation>m(reunion) − m(play) für ein Hauptmaß.</translation>
        </message>
        <message>
            <source>The session's global rating for the item named in 'code'.</source>
            <translation>Das globale Rating der Sitzung für das in 'code' genannte Item.</translation>
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sitzung</translation>
        </message>
        <message>
            <source>&amp;Playback</source>
            <translation>&amp;Wiedergabe</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
    </context>
    <context>
        <name>observed</name>
        <message>
            <source>{0} in layer {1}, started at {2}</source>
            <extracomment>the end of the span every figure covers (the observed end, or the media's end) the end of the media (the span a fully observed coding covers) as the file says (None: not recorded — an older file or an import) states still running, ended at ``end_ms`` for the figures: (layer, episode) states still running in a file that does not say how far it was observed: left out</extracomment>
            <translation>{0} in Ebene {1}, begonnen bei {2}</translation>
        </message>
        <message>
            <source>{0}, is still running and the file does not say how far the coding was observed (no observed_to_ms: an older file or an import); it is left out of every figure. Open the session in attachcoder and end it where it ends.</source>
            <translation>{0}: Dieser Zustand läuft noch, und die Datei gibt nicht an, bis wohin die Kodierung beobachtet wurde (kein observed_to_ms: eine ältere Datei oder ein Import); er ist aus allen Werten ausgeschlossen. Öffnen Sie die Sitzung in attachcoder und beenden Sie ihn dort, wo er endet.</translation>
        </message>
        <message>
            <source>the figures end it at {0}, as far as this coding was observed</source>
            <translation>die Werte beenden ihn bei {0}, so weit diese Kodierung beobachtet wurde</translation>
        </message>
        <message>
            <source>no figure counts it until the coding says how far it was observed</source>
            <translation>kein Wert berücksichtigt ihn, bis die Kodierung angibt, bis wohin beobachtet wurde</translation>
        </message>
        <message>
            <source>Still running: {0} — {1}. End it with its key, or Session → Mark coding complete when the coding is done.</source>
            <translation>Läuft noch: {0} — {1}. Beenden Sie ihn mit seiner Taste oder, wenn die Kodierung fertig ist, über Sitzung → Kodierung als abgeschlossen markieren.</translation>
        </message>
    </context>
    <context>
        <name>prompts</name>
        <message>
            <source>Videos</source>
            <translation>Videos</translation>
        </message>
        <message>
            <source>attachcoder sessions</source>
            <translation>attachcoder-Sitzungen</translation>
        </message>
        <message>
            <source>{0} has changes that are not saved.

Save them before closing?</source>
            <translation>{0} enthält nicht gespeicherte Änderungen.

Vor dem Schließen speichern?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>These states are still running:
{0}

A complete coding has nothing running. Where do they end?</source>
            <translation>Diese Zustände laufen noch:
{0}

In einer abgeschlossenen Kodierung läuft nichts mehr. Wo enden sie?</translation>
        </message>
        <message>
            <source>At the end of the video ({0})</source>
            <translation>Am Ende des Videos ({0})</translation>
        </message>
        <message>
            <source>At the end of the session ({0})</source>
            <translation>Am Ende der Sitzung ({0})</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>At the frame on screen ({0})</source>
            <translation>Beim angezeigten Bild ({0})</translation>
        </message>
        <message>
            <source>At the clock's time ({0})</source>
            <translation>Zur Zeit der Uhr ({0})</translation>
        </message>
        <message>
            <source>States still running</source>
            <translation>Zustände laufen noch</translation>
        </message>
        <message>
            <source>{0} is open in {1}.

If both copies change it, each overwrites the other's saves and crash journal, and coding is lost. Close it there first, or open it here only if that copy is no longer in use.</source>
            <translation>{0} ist in {1} geöffnet.

Wenn beide Instanzen die Datei ändern, überschreibt jede die Speicherstände und das Absturzprotokoll der anderen, und Kodierung geht verloren. Schließen Sie die Datei zuerst dort, oder öffnen Sie sie hier nur, wenn die andere Instanz nicht mehr verwendet wird.</translation>
        </message>
        <message>
            <source>Session open elsewhere</source>
            <translation>Sitzung ist anderswo geöffnet</translation>
        </message>
        <message>
            <source>Open anyway</source>
            <translation>Trotzdem öffnen</translation>
        </message>
        <message>
            <source>Changed on disk</source>
            <translation>Auf dem Datenträger geändert</translation>
        </message>
        <message>
            <source>{0} was changed on disk since this window opened or saved it — by another window, another computer (through a sync client) or a program.

Overwrite it with this window's coding, save this coding under another name, or reload the file from disk (this window's unsaved changes are then dropped)?</source>
            <translation>{0} wurde auf dem Datenträger geändert, seit dieses Fenster die Datei geöffnet oder gespeichert hat — von einem anderen Fenster, einem anderen Computer (über ein Synchronisierungsprogramm) oder einem Programm.

Möchten Sie die Datei mit der Kodierung dieses Fensters überschreiben, diese Kodierung unter einem anderen Namen speichern oder die Datei neu vom Datenträger laden (die nicht gespeicherten Änderungen dieses Fensters gehen dann verloren)?</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Überschreiben</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <source>Reload from disk</source>
            <translation>Neu vom Datenträger laden</translation>
        </message>
        <message>
            <source>Recover unsaved coding?</source>
            <translation>Nicht gespeicherte Kodierung wiederherstellen?</translation>
        </message>
        <message>
            <source>{0} was not closed properly {1}, and it has coding that was never saved.

Recover it? (Recovered coding is marked as unsaved until you save it.)</source>
            <translation>{0} wurde nicht ordnungsgemäß geschlossen {1} und enthält Kodierung, die nie gespeichert wurde.

Wiederherstellen? (Wiederhergestellte Kodierung gilt als nicht gespeichert, bis Sie sie speichern.)</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Discard the unsaved coding</source>
            <translation>Nicht gespeicherte Kodierung verwerfen</translation>
        </message>
        <message>
            <source>Video not found</source>
            <translation>Video nicht gefunden</translation>
        </message>
        <message>
            <source>The session's video is not where it was:
{0}

Locate it? You can keep coding in the table meanwhile, and locate it later from the File menu.</source>
            <translation>Das Video der Sitzung ist nicht mehr am bisherigen Ort:
{0}

Möchten Sie es suchen? Sie können inzwischen in der Tabelle weiterkodieren und das Video später über das Menü Datei suchen.</translation>
        </message>
        <message>
            <source>Locate…</source>
            <translation>Suchen…</translation>
        </message>
        <message>
            <source>Continue without video</source>
            <translation>Ohne Video fortfahren</translation>
        </message>
        <message>
            <source>Not the same video</source>
            <translation>Nicht dasselbe Video</translation>
        </message>
        <message>
            <source>{0} is not the video this session was coded on (its content differs).

Use it anyway? Times would then refer to a different recording.</source>
            <translation>{0} ist nicht das Video, an dem diese Sitzung kodiert wurde (der Inhalt unterscheidet sich).

Trotzdem verwenden? Die Zeiten bezögen sich dann auf eine andere Aufnahme.</translation>
        </message>
        <message>
            <source>Choose another…</source>
            <translation>Anderes wählen…</translation>
        </message>
        <message>
            <source>Use it anyway</source>
            <translation>Trotzdem verwenden</translation>
        </message>
        <message>
            <source>Locate the video</source>
            <translation>Video suchen</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Sitzung öffnen</translation>
        </message>
        <message>
            <source>Save the session as</source>
            <translation>Sitzung speichern unter</translation>
        </message>
    </context>
    <context>
        <name>read_only</name>
        <message>
            <source>This coding is marked complete, so it is read-only. Choose Session → Reopen for editing to change it.</source>
            <translation>Diese Kodierung ist als abgeschlossen markiert und daher schreibgeschützt. Wählen Sie Sitzung → Zur Bearbeitung wieder öffnen, um sie zu ändern.</translation>
        </message>
    </context>
    <context>
        <name>scheme_editor</name>
        <message>
            <source>Schemes</source>
            <translation>Kodiersysteme</translation>
        </message>
        <message>
            <source>Edit the coding scheme</source>
            <translation>Kodiersystem bearbeiten</translation>
        </message>
        <message>
            <source>The scheme does not fit this session</source>
            <translation>Das Kodiersystem passt nicht zu dieser Sitzung</translation>
        </message>
    </context>
    <context>
        <name>scheme_forms</name>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>interaction</source>
            <extracomment>the roles as the scheme files write them, marked for translation where the forms show them</extracomment>
            <translation>Interaktion</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>attuned</source>
            <translation>abgestimmt</translation>
        </message>
        <message>
            <source>misattuned</source>
            <translation>nicht abgestimmt</translation>
        </message>
        <message>
            <source>repair</source>
            <translation>Reparatur</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>ausgeschlossen</translation>
        </message>
        <message>
            <source>play</source>
            <translation>Spiel</translation>
        </message>
        <message>
            <source>still-face</source>
            <translation>Still-Face</translation>
        </message>
        <message>
            <source>reunion</source>
            <translation>Wiederaufnahme</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>{0} is still running in layer {1}; {2} cannot start after it (end {3} first)</source>
            <extracomment>The session fields a FieldChange may replace. Makes a change on a scratch copy of the session and returns the copy (raising KeyError, ValueError or IndexError when the change does not fit).</extracomment>
            <translation>{0} läuft in Ebene {1} noch; {2} kann nicht danach beginnen (beenden Sie zuerst {3})</translation>
        </message>
        <message>
            <source>{0} cannot run on while {1} follows at {2} in layer {3}</source>
            <translation>{0} kann nicht weiterlaufen, während {1} bei {2} in Ebene {3} folgt</translation>
        </message>
        <message>
            <source>{0} would overlap {1} in layer {2}</source>
            <translation>{0} würde sich in Ebene {2} mit {1} überlappen</translation>
        </message>
        <message>
            <source>offset {0} is not after onset {1}</source>
            <translation>das Ende {0} liegt nicht nach dem Beginn {1}</translation>
        </message>
        <message>
            <source>{0} is past the end of the media ({1})</source>
            <translation>{0} liegt nach dem Ende des Mediums ({1})</translation>
        </message>
        <message>
            <source>{0} is not a value of modifier {1} (one of {2})</source>
            <translation>{0} ist kein Wert des Modifikators {1} (einer von {2})</translation>
        </message>
        <message>
            <source>{0} at {1}</source>
            <translation>{0} bei {1}</translation>
        </message>
        <message>
            <source>{0}; and {1} more problem(s)</source>
            <translation>{0}; und {1} weitere(s) Problem(e)</translation>
        </message>
    </context>
    <context>
        <name>steps</name>
        <message>
            <source>Move onset of {0} to {1}</source>
            <translation>Beginn von {0} auf {1} verschieben</translation>
        </message>
        <message>
            <source>Move onset of {0} to {1} (and offset of {2})</source>
            <translation>Beginn von {0} auf {1} verschieben (und Ende von {2})</translation>
        </message>
        <message>
            <source>Move offset of {0} to {1}</source>
            <translation>Ende von {0} auf {1} verschieben</translation>
        </message>
        <message>
            <source>Move offset of {0} to {1} (and onset of {2})</source>
            <translation>Ende von {0} auf {1} verschieben (und Beginn von {2})</translation>
        </message>
    </context>
    <context>
        <name>study</name>
        <message>
            <source>(choose who you are)</source>
            <extracomment>``open_session(path, read_only)``: the host opens the coder's session file ``compare(path_a, path_b)``: the host opens ``path_a`` and compares it with ``path_b``</extracomment>
            <translation>(wählen Sie, wer Sie sind)</translation>
        </message>
        <message>
            <source>Dyad</source>
            <translation>Dyade</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Erstkodierer/in</translation>
        </message>
        <message>
            <source>Primary status</source>
            <translation>Status Erstkodierung</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Reliabilitätskodierer/in</translation>
        </message>
        <message>
            <source>Reliability status</source>
            <translation>Status Reliabilitätskodierung</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>missing</source>
            <extracomment>status → background (Okabe–Ito, light): the colour says it at a glance, the text says it</extracomment>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>All videos</source>
            <extracomment>the filters (their English names are the modes; the box shows them translated)</extracomment>
            <translation>Alle Videos</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Meine</translation>
        </message>
        <message>
            <source>Reliability sample</source>
            <translation>Reliabilitätsstichprobe</translation>
        </message>
        <message>
            <source>not started</source>
            <extracomment>the statuses as the study files write them, marked for translation where they are shown</extracomment>
            <translation>nicht begonnen</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in Bearbeitung</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>nicht lesbar</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>conflict: a second copy ({0})</source>
            <translation>Konflikt: eine zweite Kopie ({0})</translation>
        </message>
        <message>
            <source>conflict: {0} more copies ({1})</source>
            <translation>Konflikt: {0} weitere Kopien ({1})</translation>
        </message>
        <message>
            <source>{0} is missing</source>
            <translation>{0} fehlt</translation>
        </message>
        <message>
            <source>Add videos</source>
            <translation>Videos hinzufügen</translation>
        </message>
        <message>
            <source>Add video files, or a folder?</source>
            <translation>Videodateien oder einen Ordner hinzufügen?</translation>
        </message>
        <message>
            <source>Files…</source>
            <translation>Dateien…</translation>
        </message>
        <message>
            <source>A folder…</source>
            <translation>Einen Ordner…</translation>
        </message>
        <message>
            <source>Add every video in a folder</source>
            <translation>Alle Videos eines Ordners hinzufügen</translation>
        </message>
        <message>
            <source>Export the study</source>
            <translation>Studie exportieren</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Adding videos…</source>
            <translation>Videos werden hinzugefügt…</translation>
        </message>
        <message>
            <source>Reading {0} ({1} of {2})…</source>
            <translation>{0} wird gelesen ({1} von {2})…</translation>
        </message>
        <message>
            <source>Saving the study…</source>
            <translation>Studie wird gespeichert…</translation>
        </message>
        <message>
            <source>The videos were not added</source>
            <translation>Die Videos wurden nicht hinzugefügt</translation>
        </message>
        <message>
            <source>{0} video(s) added.</source>
            <translation>{0} Video(s) hinzugefügt.</translation>
        </message>
        <message>
            <source>Every video has been considered by a draw already.</source>
            <translation>Jedes Video war bereits Teil einer Ziehung.</translation>
        </message>
        <message>
            <source>Draw the reliability sample</source>
            <translation>Reliabilitätsstichprobe ziehen</translation>
        </message>
        <message>
            <source>Draw among the {0} video(s) not yet considered, with seed {1}, so that at least {2} of all videos are double-coded?

Earlier picks never change.</source>
            <translation>Unter den {0} noch nicht berücksichtigten Video(s) mit Startwert {1} ziehen, sodass mindestens {2} aller Videos doppelt kodiert werden?

Frühere Auswahlen ändern sich nie.</translation>
        </message>
        <message>
            <source>The sample was not drawn</source>
            <translation>Die Stichprobe wurde nicht gezogen</translation>
        </message>
        <message>
            <source>Exporting the complete primary codings…</source>
            <translation>Die abgeschlossenen Erstkodierungen werden exportiert…</translation>
        </message>
        <message>
            <source>The study was not exported</source>
            <translation>Die Studie wurde nicht exportiert</translation>
        </message>
        <message>
            <source>Nothing exported</source>
            <translation>Nichts exportiert</translation>
        </message>
        <message>
            <source>No primary coding is complete yet.</source>
            <translation>Noch keine Erstkodierung ist abgeschlossen.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>{0} complete primary coding(s) and {1} reliability pair(s) written to {2}.</source>
            <translation>{0} abgeschlossene Erstkodierung(en) und {1} Reliabilitätspaar(e) in {2} geschrieben.</translation>
        </message>
        <message>
            <source>Open study (its folder)</source>
            <translation>Studie öffnen (ihr Ordner)</translation>
        </message>
        <message>
            <source>Not a study</source>
            <translation>Keine Studie</translation>
        </message>
        <message>
            <source>{0} has no {1}.</source>
            <translation>{0} enthält keine Datei {1}.</translation>
        </message>
        <message>
            <source>{0} and {1} more</source>
            <translation>{0} und {1} weitere</translation>
        </message>
        <message>
            <source>Choose who you are (You are: …) to see your codings.</source>
            <translation>Wählen Sie, wer Sie sind (Sie sind: …), um Ihre Kodierungen zu sehen.</translation>
        </message>
        <message>
            <source>{0} has no coding assigned yet.</source>
            <translation>{0} ist noch keine Kodierung zugewiesen.</translation>
        </message>
        <message>
            <source>Resolve the conflict of {0}: double-click it to compare the two copies and keep one.</source>
            <translation>Lösen Sie den Konflikt bei {0}: Doppelklicken Sie darauf, um die beiden Kopien zu vergleichen und eine zu behalten.</translation>
        </message>
        <message>
            <source>Go on with {0} (double-click); when a coding is done, Session → Mark coding complete.</source>
            <translation>Fahren Sie mit {0} fort (Doppelklick); wenn eine Kodierung fertig ist: Sitzung → Kodierung als abgeschlossen markieren.</translation>
        </message>
        <message>
            <source>Open your next coding: {0} (double-click it).</source>
            <translation>Öffnen Sie Ihre nächste Kodierung: {0} (per Doppelklick).</translation>
        </message>
        <message>
            <source>All {0} of your codings are complete.</source>
            <translation>Alle {0} Ihrer Kodierungen sind abgeschlossen.</translation>
        </message>
        <message>
            <source>Add the study's videos (Add videos…).</source>
            <translation>Fügen Sie die Videos der Studie hinzu (Videos hinzufügen…).</translation>
        </message>
        <message>
            <source>Draw the reliability sample (Draw reliability sample…): {0} video(s) not yet considered.</source>
            <translation>Ziehen Sie die Reliabilitätsstichprobe (Reliabilitätsstichprobe ziehen…): {0} Video(s) noch nicht berücksichtigt.</translation>
        </message>
        <message>
            <source>{0} coding(s) in conflict: they are in no export until resolved.</source>
            <translation>{0} Kodierung(en) im Konflikt: Sie gehen in keinen Export ein, bis der Konflikt gelöst ist.</translation>
        </message>
        <message>
            <source>Every primary coding is complete: Agreement… ({0} pair(s)), then Export….</source>
            <translation>Alle Erstkodierungen sind abgeschlossen: Übereinstimmung… ({0} Paar(e)), dann Exportieren….</translation>
        </message>
        <message>
            <source>{0} of {1} primary codings complete; {2} double-coded pair(s) can be compared now (Agreement…).</source>
            <translation>{0} von {1} Erstkodierungen abgeschlossen; {2} doppelt kodierte(s) Paar(e) können jetzt verglichen werden (Übereinstimmung…).</translation>
        </message>
        <message>
            <source>{0} of {1} primary codings complete; agreement needs a double-coded video whose two codings are complete.</source>
            <translation>{0} von {1} Erstkodierungen abgeschlossen; für die Übereinstimmung ist ein doppelt kodiertes Video mit zwei abgeschlossenen Kodierungen nötig.</translation>
        </message>
    </context>
    <context>
        <name>unsaved_imports</name>
        <message>
            <source>The session imported from {0}</source>
            <translation>Die aus {0} importierte Sitzung</translation>
        </message>
        <message>
            <source>(last change {0})</source>
            <translation>(letzte Änderung {0})</translation>
        </message>
        <message>
            <source>Cannot recover the session</source>
            <translation>Die Sitzung kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>{0}

The journal was kept as {1}.</source>
            <translation>{0}

Das Protokoll wurde als {1} aufbewahrt.</translation>
        </message>
        <message>
            <source>Recovered import of {0}</source>
            <translation>Wiederhergestellter Import von {0}</translation>
        </message>
        <message>
            <source>Recovered the unsaved session imported from {0}; save it.</source>
            <translation>Die nicht gespeicherte, aus {0} importierte Sitzung wurde wiederhergestellt; bitte speichern Sie sie.</translation>
        </message>
    </context>
    <context>
        <name>workbook</name>
        <message>
            <source>not coded</source>
            <translation>nicht kodiert</translation>
        </message>
        <message>
            <source>Bands after Landis &amp; Koch (1977) describe κ; they are not a verdict. With a tolerance, κ may rise or fall; percent agreement never falls.</source>
            <translation>Die Bereiche nach Landis &amp; Koch (1977) beschreiben κ; sie sind kein Urteil. Mit einer Toleranz kann κ steigen oder fallen; die prozentuale Übereinstimmung sinkt nie.</translation>
        </message>
        <message>
            <source>ICC(2,1): two-way random effects, absolute agreement, single rater (Shrout &amp; Fleiss 1979); 95% CI after McGraw &amp; Wong (1996). Words after Koo &amp; Li (2016): poor below .50, moderate to .75, good to .90, excellent above; a description, not a verdict.</source>
            <translation>ICC(2,1): zweifaktorielles Modell mit Zufallseffekten, absolute Übereinstimmung, Einzelbeurteiler (Shrout &amp; Fleiss 1979); 95%-KI nach McGraw &amp; Wong (1996). Bezeichnungen nach Koo &amp; Li (2016): schlecht unter ,50, moderat bis ,75, gut bis ,90, ausgezeichnet darüber; eine Beschreibung, kein Urteil.</translation>
        </message>
        <message>
            <source>A pair with κ undefined (nothing to compare, or one category throughout) is left out of the mean, minimum and maximum of its column.</source>
            <translation>Ein Paar mit nicht definiertem κ (nichts zu vergleichen oder durchgehend eine Kategorie) geht nicht in Mittelwert, Minimum und Maximum seiner Spalte ein.</translation>
        </message>
        <message>
            <source>κ (time units)</source>
            <extracomment>Readable headers for the pairs' ``LAYER.figure`` columns.</extracomment>
            <translation>κ (Zeiteinheiten)</translation>
        </message>
        <message>
            <source>κ (events)</source>
            <translation>κ (Ereignisse)</translation>
        </message>
        <message>
            <source>% agreement (time units)</source>
            <translation>% Übereinstimmung (Zeiteinheiten)</translation>
        </message>
        <message>
            <source>% linked (events)</source>
            <translation>% verknüpft (Ereignisse)</translation>
        </message>
        <message>
            <source>time units</source>
            <translation>Zeiteinheiten</translation>
        </message>
        <message>
            <source>events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>basis</source>
            <translation>Grundlage</translation>
        </message>
        <message>
            <source>95% CI low</source>
            <translation>95%-KI untere Grenze</translation>
        </message>
        <message>
            <source>95% CI high</source>
            <translation>95%-KI obere Grenze</translation>
        </message>
        <message>
            <source>band</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>κ max</source>
            <translation>κ max</translation>
        </message>
        <message>
            <source>observed agreement p_o</source>
            <translation>beobachtete Übereinstimmung p_o</translation>
        </message>
        <message>
            <source>chance agreement p_e</source>
            <translation>zufällige Übereinstimmung p_e</translation>
        </message>
        <message>
            <source>% agreement</source>
            <translation>% Übereinstimmung</translation>
        </message>
        <message>
            <source>% linked</source>
            <translation>% verknüpft</translation>
        </message>
        <message>
            <source>mean |onset difference| (s)</source>
            <translation>mittlere |Beginndifferenz| (s)</translation>
        </message>
        <message>
            <source>set aside</source>
            <translation>beiseitegelassen</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>ausgeschlossen</translation>
        </message>
        <message>
            <source>first coding (A, rows)</source>
            <translation>erste Kodierung (A, Zeilen)</translation>
        </message>
        <message>
            <source>second coding (B, columns)</source>
            <translation>zweite Kodierung (B, Spalten)</translation>
        </message>
        <message>
            <source>duration A (s)</source>
            <translation>Dauer A (s)</translation>
        </message>
        <message>
            <source>duration B (s)</source>
            <translation>Dauer B (s)</translation>
        </message>
        <message>
            <source>common span (s)</source>
            <translation>gemeinsamer Zeitraum (s)</translation>
        </message>
        <message>
            <source>time unit</source>
            <translation>Zeiteinheit</translation>
        </message>
        <message>
            <source>time unit (s)</source>
            <translation>Zeiteinheit (s)</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>Toleranz</translation>
        </message>
        <message>
            <source>tolerance (units)</source>
            <translation>Toleranz (Einheiten)</translation>
        </message>
        <message>
            <source>time unit rule</source>
            <translation>Regel für Zeiteinheiten</translation>
        </message>
        <message>
            <source>tolerance rule</source>
            <translation>Regel für die Toleranz</translation>
        </message>
        <message>
            <source>event alignment</source>
            <translation>Ereignis-Zuordnung</translation>
        </message>
        <message>
            <source>event alignment, in words</source>
            <translation>Ereignis-Zuordnung, in Worten</translation>
        </message>
        <message>
            <source>onset tolerance (s)</source>
            <translation>Beginn-Toleranz (s)</translation>
        </message>
        <message>
            <source>overlap to link states</source>
            <translation>Überlappung zur Verknüpfung von Zuständen</translation>
        </message>
        <message>
            <source>window to link points (s)</source>
            <translation>Fenster zur Verknüpfung von Zeitpunkten (s)</translation>
        </message>
        <message>
            <source>excluded rule</source>
            <translation>Regel für Ausgeschlossenes</translation>
        </message>
        <message>
            <source>excluded rule, in words</source>
            <translation>Regel für Ausgeschlossenes, in Worten</translation>
        </message>
        <message>
            <source>{0} (only A)</source>
            <translation>{0} (nur A)</translation>
        </message>
        <message>
            <source>{0} (only B)</source>
            <translation>{0} (nur B)</translation>
        </message>
        <message>
            <source>codes left out of {0}</source>
            <translation>aus {0} weggelassene Codes</translation>
        </message>
        <message>
            <source>{0}: episodes under one unit</source>
            <translation>{0}: Episoden kürzer als eine Einheit</translation>
        </message>
        <message>
            <source>layer left out</source>
            <translation>weggelassene Ebene</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>the code at each unit's midpoint; a partial last unit dropped</source>
            <translation>der Code in der Mitte jeder Einheit; eine unvollständige letzte Einheit entfällt</translation>
        </message>
        <message>
            <source>symmetric: a unit forgiven by both labels counts half for each</source>
            <translation>symmetrisch: Eine Einheit, die für beide Codes toleriert wird, zählt für jeden zur Hälfte</translation>
        </message>
        <message>
            <source>rating item</source>
            <translation>Rating-Item</translation>
        </message>
        <message>
            <source>Summary</source>
            <extracomment>the sheets, as English names; :func:`sheet_name` gives each in the workbook's language, except the data tables, which keep their English names (scripts read them by name)</extracomment>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>n A</source>
            <translation>n A</translation>
        </message>
        <message>
            <source>n B</source>
            <translation>n B</translation>
        </message>
        <message>
            <source>n both</source>
            <translation>n beide</translation>
        </message>
        <message>
            <source>Per-code</source>
            <translation>Pro Code</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>start (s)</source>
            <translation>Beginn (s)</translation>
        </message>
        <message>
            <source>end (s)</source>
            <translation>Ende (s)</translation>
        </message>
        <message>
            <source>duration (s)</source>
            <translation>Dauer (s)</translation>
        </message>
        <message>
            <source>code A</source>
            <translation>Code A</translation>
        </message>
        <message>
            <source>code B</source>
            <translation>Code B</translation>
        </message>
        <message>
            <source>forgiven by tolerance</source>
            <translation>durch Toleranz ausgeglichen</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>Abweichungen</translation>
        </message>
        <message>
            <source>{0}, {1}: rows {2} (A), columns {3} (B)</source>
            <translation>{0}, {1}: Zeilen {2} (A), Spalten {3} (B)</translation>
        </message>
        <message>
            <source>Confusion matrices</source>
            <translation>Konfusionsmatrizen</translation>
        </message>
        <message>
            <source>dyad ID</source>
            <translation>Dyaden-ID</translation>
        </message>
        <message>
            <source>session date</source>
            <translation>Sitzungsdatum</translation>
        </message>
        <message>
            <source>file A</source>
            <translation>Datei A</translation>
        </message>
        <message>
            <source>file B</source>
            <translation>Datei B</translation>
        </message>
        <message>
            <source>coder A</source>
            <translation>Kodierer/in A</translation>
        </message>
        <message>
            <source>coder B</source>
            <translation>Kodierer/in B</translation>
        </message>
        <message>
            <source>problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Paare</translation>
        </message>
        <message>
            <source>κ undefined in: {0}.</source>
            <translation>κ nicht definiert in: {0}.</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>Maß</translation>
        </message>
        <message>
            <source>pairs</source>
            <translation>Paare</translation>
        </message>
        <message>
            <source>mean A</source>
            <translation>Mittelwert A</translation>
        </message>
        <message>
            <source>mean B</source>
            <translation>Mittelwert B</translation>
        </message>
        <message>
            <source>Unpaired</source>
            <translation>Ohne Paar</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>GSEQ's (Bakeman, Quera &amp; Gnisci 2009), onset tolerance {0}</source>
            <translation>nach GSEQ (Bakeman, Quera &amp; Gnisci 2009), Beginn-Toleranz {0}</translation>
        </message>
        <message>
            <source>by overlap (states at ≥ {0} of the longer one, points within {1})</source>
            <translation>nach Überlappung (Zustände zu ≥ {0} des längeren, Zeitpunkte innerhalb von {1})</translation>
        </message>
        <message>
            <source>Settings: time unit {0} (the code at each unit's midpoint), tolerance {1} (symmetric), event alignment {2}, excluded rule {3}.</source>
            <translation>Einstellungen: Zeiteinheit {0} (der Code in der Mitte jeder Einheit), Toleranz {1} (symmetrisch), Ereignis-Zuordnung {2}, Regel für Ausgeschlossenes {3}.</translation>
        </message>
        <message>
            <source>trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>codes below criterion</source>
            <translation>Codes unter dem Kriterium</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Trainees</translation>
        </message>
        <message>
            <source>reference: {0}</source>
            <translation>Referenz: {0}</translation>
        </message>
        <message>
            <source>Settings: time unit {0}, tolerance {1} = {2} unit(s) (symmetric), {3}, excluded rule {4} ({5}).</source>
            <translation>Einstellungen: Zeiteinheit {0}, Toleranz {1} = {2} Einheit(en) (symmetrisch), {3}, Regel für Ausgeschlossenes {4} ({5}).</translation>
        </message>
        <message>
            <source>n reference</source>
            <translation>n Referenz</translation>
        </message>
        <message>
            <source>n trainee</source>
            <translation>n Trainee</translation>
        </message>
        <message>
            <source> and </source>
            <extracomment>A proportion difference is shown as percentage points: the cell holds it × 100, and the column name says so (sessions.csv keeps the raw difference under the plain name). Numeric columns of the Sessions sheet are as wide as their numbers, their long names wrapped over up to this many lines: at the names' width (up to 40 characters) the sheet printed across 20 pages for 20 sessions.</extracomment>
            <translation> und </translation>
        </message>
        <message>
            <source>(export with a CSV folder, e.g. --csv DIR, to get it)</source>
            <translation>(exportieren Sie mit einem CSV-Ordner, z. B. --csv DIR, um sie zu erhalten)</translation>
        </message>
        <message>
            <source>{0} continue on {1}; the CSV holds the whole table {2}</source>
            <translation>{0} wird in {1} fortgesetzt; die CSV-Datei enthält die vollständige Tabelle {2}</translation>
        </message>
        <message>
            <source>schemes</source>
            <translation>Kodiersysteme</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>no problems</source>
            <translation>keine Probleme</translation>
        </message>
        <message>
            <source>(no sessions)</source>
            <translation>(keine Sitzungen)</translation>
        </message>
        <message>
            <source>{0} session(s) exported; problems are listed on the Problems sheet.</source>
            <translation>{0} Sitzung(en) exportiert; Probleme sind im Tabellenblatt „Problems“ aufgeführt.</translation>
        </message>
        <message>
            <source>the Sessions sheet prints each session's headline figures</source>
            <translation>das Tabellenblatt „Sessions“ druckt die Hauptkennwerte jeder Sitzung</translation>
        </message>
        <message>
            <source>each session's own workbook prints them as a Timeline score</source>
            <translation>die Arbeitsmappe jeder einzelnen Sitzung druckt sie als Partitur im Blatt „Zeitleiste“</translation>
        </message>
        <message>
            <source>Notes and modifiers</source>
            <translation>Notizen und Modifikatoren</translation>
        </message>
        <message>
            <source>Notes and modifiers — what the coder saw</source>
            <translation>Notizen und Modifikatoren — was die Kodiererin / der Kodierer beobachtet hat</translation>
        </message>
        <message>
            <source>{0} episode(s) with a note or a modifier</source>
            <translation>{0} Episode(n) mit einer Notiz oder einem Modifikator</translation>
        </message>
        <message>
            <source>; {0} modifier(s) not coded</source>
            <translation>; {0} Modifikator(en) nicht kodiert</translation>
        </message>
        <message>
            <source>; free-text notes left out (--no-notes).</source>
            <translation>; Freitextnotizen weggelassen (--no-notes).</translation>
        </message>
        <message>
            <source>No episode has a note or a modifier.</source>
            <translation>Keine Episode hat eine Notiz oder einen Modifikator.</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Modifiers</source>
            <translation>Modifikatoren</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Transitions</source>
            <translation>Übergänge</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>Codebuch</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>This workbook identifies the session by its pseudonymous IDs (dyad, coder, date) and its session key, never by a file name; it holds no video and no video or folder path.</source>
            <extracomment>sheets R and SPSS scripts read: their names and column names stay English identifiers</extracomment>
            <translation>Diese Arbeitsmappe identifiziert die Sitzung über ihre pseudonymen IDs (Dyade, Kodierer/in, Datum) und ihren Sitzungsschlüssel, nie über einen Dateinamen; sie enthält kein Video und keinen Video- oder Ordnerpfad.</translation>
        </message>
        <message>
            <source>Column names stay English identifiers so R and SPSS scripts keep working: the sheets {0} keep their English names and columns, as do the CSV files; measure names and units below are those identifiers.</source>
            <translation>Spaltennamen bleiben englische Bezeichner, damit R- und SPSS-Skripte weiterhin funktionieren: Die Tabellenblätter {0} behalten ihre englischen Namen und Spalten, ebenso die CSV-Dateien; die Namen und Einheiten der Maße unten sind diese Bezeichner.</translation>
        </message>
        <message>
            <source>About this workbook</source>
            <translation>Über diese Arbeitsmappe</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Erstellt mit</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>Erstellt am</translation>
        </message>
        <message>
            <source>Coding scheme</source>
            <translation>Kodiersystem</translation>
        </message>
        <message>
            <source>Free-text notes</source>
            <translation>Freitextnotizen</translation>
        </message>
        <message>
            <source>included</source>
            <translation>enthalten</translation>
        </message>
        <message>
            <source>left out (--no-notes)</source>
            <translation>weggelassen (--no-notes)</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Datenschutz</translation>
        </message>
        <message>
            <source>Column names</source>
            <translation>Spaltennamen</translation>
        </message>
        <message>
            <source>On paper</source>
            <translation>Auf Papier</translation>
        </message>
        <message>
            <source>The measures (docs/metrics.md explains each with a worked example)</source>
            <translation>Die Maße (docs/metrics.md erläutert jedes an einem durchgerechneten Beispiel)</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>definition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>{0}, version {1}</source>
            <translation>{0}, Version {1}</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Reliabilität</translation>
        </message>
        <message>
            <source>Double-coded videos with both codings complete (not in the analysis tables)</source>
            <translation>Doppelt kodierte Videos mit beiden Kodierungen abgeschlossen (nicht in den Auswertungstabellen)</translation>
        </message>
        <message>
            <source>dyad_id</source>
            <translation>Dyaden-ID</translation>
        </message>
        <message>
            <source>session_date</source>
            <translation>Sitzungsdatum</translation>
        </message>
        <message>
            <source>primary</source>
            <translation>Erstkodierer/in</translation>
        </message>
        <message>
            <source>reliability</source>
            <translation>Reliabilitätskodierer/in</translation>
        </message>
        <message>
            <source>completed_at</source>
            <translation>abgeschlossen am</translation>
        </message>
        <message>
            <source>{0}: κ time units</source>
            <translation>{0}: κ Zeiteinheiten</translation>
        </message>
        <message>
            <source>{0}: κ events</source>
            <translation>{0}: κ Ereignisse</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>nicht verglichen</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>Pooled, per layer (95% CIs: percentile bootstrap over videos)</source>
            <translation>Gepoolt, pro Ebene (95%-KI: Perzentil-Bootstrap über Videos)</translation>
        </message>
        <message>
            <source>κ undefined</source>
            <translation>κ nicht definiert</translation>
        </message>
        <message>
            <source>mean κ time units</source>
            <translation>mittleres κ Zeiteinheiten</translation>
        </message>
        <message>
            <source>mean κ events</source>
            <translation>mittleres κ Ereignisse</translation>
        </message>
        <message>
            <source>pooled κ time units</source>
            <translation>gepooltes κ Zeiteinheiten</translation>
        </message>
        <message>
            <source>ICC(2,1) between the two codings over the pairs (95% CI: McGraw &amp; Wong 1996)</source>
            <translation>ICC(2,1) zwischen den beiden Kodierungen über die Paare (95%-KI: McGraw &amp; Wong 1996)</translation>
        </message>
        <message>
            <source>gseq (Bakeman, Quera &amp; Gnisci 2009), onset tolerance {0}</source>
            <translation>gseq (Bakeman, Quera &amp; Gnisci 2009), Beginn-Toleranz {0}</translation>
        </message>
        <message>
            <source>overlap (≥ {0} of the longer state; points within {1})</source>
            <translation>Überlappung (≥ {0} des längeren Zustands; Zeitpunkte innerhalb von {1})</translation>
        </message>
        <message>
            <source>Settings: unit {0}, tolerance {1} (symmetric), event alignment {2}, excluded rule {3}; bootstrap: {4} resamples of the videos, seed {5}.</source>
            <translation>Einstellungen: Einheit {0}, Toleranz {1} (symmetrisch), Ereignis-Zuordnung {2}, Regel für Ausgeschlossenes {3}; Bootstrap: {4} Wiederholungsstichproben der Videos, Startwert {5}.</translation>
        </message>
        <message>
            <source>A pair's κ CI treats its units as independent (Fleiss, Cohen &amp; Everitt 1969), so it is too narrow; a pair with κ undefined is left out of the mean ({0} here).</source>
            <translation>Das KI des κ eines Paares behandelt dessen Einheiten als unabhängig (Fleiss, Cohen &amp; Everitt 1969) und ist daher zu schmal; ein Paar mit nicht definiertem κ geht nicht in den Mittelwert ein (hier {0}).</translation>
        </message>
        <message>
            <source>A pair's κ CI treats its units as independent (Fleiss, Cohen &amp; Everitt 1969), so it is too narrow; a pair with κ undefined is left out of the mean.</source>
            <translation>Das KI des κ eines Paares behandelt dessen Einheiten als unabhängig (Fleiss, Cohen &amp; Everitt 1969) und ist daher zu schmal; ein Paar mit nicht definiertem κ geht nicht in den Mittelwert ein.</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Drift</translation>
        </message>
        <message>
            <source>{0} rolling κ</source>
            <translation>{0} gleitendes κ</translation>
        </message>
        <message>
            <source>pair</source>
            <translation>Paar</translation>
        </message>
        <message>
            <source>Observer drift: rolling mean κ of the last five pairs</source>
            <translation>Beobachterdrift: gleitendes mittleres κ der letzten fünf Paare</translation>
        </message>
        <message>
            <source>reliability pair (by completion)</source>
            <translation>Reliabilitätspaar (nach Abschluss)</translation>
        </message>
        <message>
            <source>coder</source>
            <translation>Kodierer/in</translation>
        </message>
        <message>
            <source>rolling κ</source>
            <translation>gleitendes κ</translation>
        </message>
        <message>
            <source>slope per 30 days</source>
            <translation>Steigung pro 30 Tage</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>Markierung</translation>
        </message>
        <message>
            <source>skipped: {0}</source>
            <translation>übersprungen: {0}</translation>
        </message>
        <message>
            <source>below criterion</source>
            <translation>unter dem Kriterium</translation>
        </message>
        <message>
            <source>no complete pair yet</source>
            <translation>noch kein abgeschlossenes Paar</translation>
        </message>
        <message>
            <source>Proportion attuned</source>
            <extracomment>RowSheet and write_transitions lived here; they stay importable from this module labels in English, marked for translation; shown through ``translate("workbook", …)``</extracomment>
            <translation>Anteil abgestimmt</translation>
        </message>
        <message>
            <source>Proportion misattuned</source>
            <translation>Anteil nicht abgestimmt</translation>
        </message>
        <message>
            <source>Proportion repair</source>
            <translation>Anteil Reparatur</translation>
        </message>
        <message>
            <source>Ruptures</source>
            <translation>Brüche</translation>
        </message>
        <message>
            <source>Proportion repaired</source>
            <translation>Anteil reparierter Brüche</translation>
        </message>
        <message>
            <source>Median time to repair (s)</source>
            <translation>Median der Zeit bis zur Reparatur (s)</translation>
        </message>
        <message>
            <source>attachcoder — session summary</source>
            <translation>attachcoder — Sitzungsübersicht</translation>
        </message>
        <message>
            <source>Session key</source>
            <translation>Sitzungsschlüssel</translation>
        </message>
        <message>
            <source>Dyad ID</source>
            <translation>Dyaden-ID</translation>
        </message>
        <message>
            <source>Coder ID</source>
            <translation>Kodierer-ID</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Sitzungsdatum</translation>
        </message>
        <message>
            <source>Infant age (months)</source>
            <translation>Alter des Säuglings (Monate)</translation>
        </message>
        <message>
            <source>Corrected age</source>
            <translation>Korrigiertes Alter</translation>
        </message>
        <message>
            <source>Caregiver role</source>
            <translation>Rolle der Bezugsperson</translation>
        </message>
        <message>
            <source>Scheme</source>
            <translation>Kodiersystem</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Beobachtet</translation>
        </message>
        <message>
            <source>Episodes</source>
            <translation>Episoden</translation>
        </message>
        <message>
            <source>Episodes crossing a phase boundary</source>
            <translation>Episoden über eine Phasengrenze hinweg</translation>
        </message>
        <message>
            <source>Coverage ({0})</source>
            <translation>Abdeckung ({0})</translation>
        </message>
        <message>
            <source>Uncoded gaps &gt; 1 s ({0})</source>
            <translation>Nicht kodierte Lücken &gt; 1 s ({0})</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <source>Notes on these figures</source>
            <translation>Hinweise zu diesen Werten</translation>
        </message>
        <message>
            <source>Session notes (the coder's)</source>
            <translation>Sitzungsnotizen (der Kodiererin / des Kodierers)</translation>
        </message>
        <message>
            <source>Duration (s)</source>
            <extracomment>The Summary's headline table, column by column: (label, measure or key, number format). The counts proportion repaired is made of stand beside it (repaired of resolved, and the unresolved ones left out), so a reader sees "100 %" is 1 of 1 and not 40 of 40.</extracomment>
            <translation>Dauer (s)</translation>
        </message>
        <message>
            <source>Codable time (s)</source>
            <translation>Kodierbare Zeit (s)</translation>
        </message>
        <message>
            <source>Repaired</source>
            <translation>Repariert</translation>
        </message>
        <message>
            <source>Resolved (repaired or not)</source>
            <translation>Aufgelöst (repariert oder nicht)</translation>
        </message>
        <message>
            <source>Unresolved (left out)</source>
            <translation>Nicht aufgelöst (nicht berücksichtigt)</translation>
        </message>
        <message>
            <source>mother</source>
            <extracomment>the caregiver roles the window offers, kept in English in the file</extracomment>
            <translation>Mutter</translation>
        </message>
        <message>
            <source>father</source>
            <translation>Vater</translation>
        </message>
        <message>
            <source>other caregiver</source>
            <translation>andere Bezugsperson</translation>
        </message>
        <message>
            <source>Headline measures by phase</source>
            <extracomment>where the chart stands: right of the label–value pairs (columns A–B, their text running into C–F: "observed to 00:01:00.000 of 00:04:00.000 (25 %)" needs more than B–E, and under a chart at E3 the share was hidden), from the third row; 14 cm wide and 6.5 cm high it spans columns G–L and rows 3–16 where the chart finds the three proportions (1-based columns of the headline table)</extracomment>
            <translation>Hauptmaße nach Phase</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Proportions are of codable time (uncodable time left out). Proportion repaired = repaired / resolved: a rupture the end of its phase cuts off (unresolved) says nothing either way. No proportion is a pass mark: read the proportion attuned beside the repair measures.</source>
            <translation>Anteile beziehen sich auf die kodierbare Zeit (nicht kodierbare Zeit bleibt unberücksichtigt). Anteil reparierter Brüche = repariert / aufgelöst: Ein Bruch, den das Ende seiner Phase abschneidet (nicht aufgelöst), spricht weder dafür noch dagegen. Kein Anteil ist ein Grenzwert für „bestanden“: Lesen Sie den Anteil abgestimmter Zeit zusammen mit den Reparaturmaßen.</translation>
        </message>
        <message>
            <source>{0}: not coded</source>
            <translation>{0}: nicht kodiert</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Erfolgreich</translation>
        </message>
        <message>
            <source>Proportion successful</source>
            <translation>Anteil erfolgreich</translation>
        </message>
        <message>
            <source>Repair attempts by phase</source>
            <translation>Reparaturversuche nach Phase</translation>
        </message>
        <message>
            <source>Proportion of codable time, by phase</source>
            <translation>Anteil an der kodierbaren Zeit, nach Phase</translation>
        </message>
        <message>
            <source>proportion</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Still-face effect and reunion carry-over</source>
            <translation>Still-Face-Effekt und Nachwirkung in der Wiederaufnahme</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maß</translation>
        </message>
        <message>
            <source>Still-face
− play</source>
            <translation>Still-Face
− Spiel</translation>
        </message>
        <message>
            <source>Reunion
− play</source>
            <translation>Wiederaufnahme
− Spiel</translation>
        </message>
        <message>
            <source>{0} (percentage points)</source>
            <translation>{0} (Prozentpunkte)</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Ratings</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <source>{0} to {1}</source>
            <translation>{0} bis {1}</translation>
        </message>
        <message>
            <source>Uncoded gaps longer than 1 s</source>
            <translation>Nicht kodierte Lücken länger als 1 s</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>… and {0} more (from {1})</source>
            <translation>… und {0} weitere (ab {1})</translation>
        </message>
        <message>
            <source>{0}: {1} rows for analysis, not printed ({2}). To print them, select the sheet and clear its print area (Page Layout → Print Area → Clear).</source>
            <extracomment>The per-session sheet also shows onset and offset as hh:mm:ss.mmm (Excel times).</extracomment>
            <translation>{0}: {1} Zeilen für die Auswertung, nicht gedruckt ({2}). Um sie zu drucken, wählen Sie das Tabellenblatt aus und heben Sie seinen Druckbereich auf (Seitenlayout → Druckbereich → Druckbereich aufheben).</translation>
        </message>
        <message>
            <source>the Summary prints its figures</source>
            <translation>die Übersicht druckt ihre Werte</translation>
        </message>
        <message>
            <source>the Timeline prints them as a score</source>
            <translation>die Zeitleiste druckt sie als Partitur</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>layer_role</source>
            <translation>Rolle der Ebene</translation>
        </message>
        <message>
            <source>key</source>
            <translation>Taste</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>modifiers</source>
            <translation>Modifikatoren</translation>
        </message>
        <message>
            <source>asks_note</source>
            <translation>fragt nach Notiz</translation>
        </message>
        <message>
            <source>min</source>
            <translation>Min.</translation>
        </message>
        <message>
            <source>max</source>
            <translation>Max.</translation>
        </message>
        <message>
            <source>Timeline — {0}</source>
            <extracomment>the mark of a cell that also holds an episode its colour does not show</extracomment>
            <translation>Zeitleiste — {0}</translation>
        </message>
        <message>
            <source>Timeline: one row per minute, one cell per second</source>
            <translation>Zeitleiste: eine Zeile pro Minute, eine Zelle pro Sekunde</translation>
        </message>
        <message>
            <source>Each cell shows the code at the middle of its second; {0} marks a second that also holds an episode too short to show (see the Episodes sheet).</source>
            <translation>Jede Zelle zeigt den Code in der Mitte ihrer Sekunde; {0} markiert eine Sekunde, die zusätzlich eine zu kurze, nicht darstellbare Episode enthält (siehe Tabellenblatt „Episodes“).</translation>
        </message>
        <message>
            <source>from</source>
            <translation>ab</translation>
        </message>
        <message>
            <source>Grey: Yule's Q from a 2×2 table with a cell under {0} transitions — too few to read as a finding (Bakeman &amp; Quera 2011); the counts above say how few.</source>
            <extracomment>a Yule's Q from too few transitions: shown, but greyed</extracomment>
            <translation>Grau: Yules Q aus einer 2×2-Tafel mit einer Zelle unter {0} Übergängen — zu wenige, um als Befund gelesen zu werden (Bakeman &amp; Quera 2011); die Häufigkeiten oben zeigen, wie wenige.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>gesamt</translation>
        </message>
        <message>
            <source>Lag-1 transitions between interaction codes</source>
            <translation>Lag-1-Übergänge zwischen Interaktionscodes</translation>
        </message>
        <message>
            <source>Rows are the earlier code i, columns the next code j. Chains stay inside a phase; an uncodable episode or an uncoded gap breaks them.</source>
            <translation>Zeilen sind der vorangehende Code i, Spalten der folgende Code j. Ketten bleiben innerhalb einer Phase; eine nicht kodierbare Episode oder eine nicht kodierte Lücke unterbricht sie.</translation>
        </message>
        <message>
            <source>The scheme has no interaction layer: there are no transitions.</source>
            <translation>Das Kodiersystem hat keine Interaktionsebene: Es gibt keine Übergänge.</translation>
        </message>
        <message>
            <source>Counts n(i → j)</source>
            <translation>Häufigkeiten n(i → j)</translation>
        </message>
        <message>
            <source>p(j | i)</source>
            <translation>p(j | i)</translation>
        </message>
        <message>
            <source>Yule's Q</source>
            <translation>Yules Q</translation>
        </message>
        <message>
            <source>{0}: from \ to</source>
            <translation>{0}: von \ nach</translation>
        </message>
        <message>
            <source>total</source>
            <translation>gesamt</translation>
        </message>
        <message>
            <source>Phase: {0}</source>
            <translation>Phase: {0}</translation>
        </message>
    </context>
</TS>
