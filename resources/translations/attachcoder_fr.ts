<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Study agreement</source>
            <translation>Accord de l'étude</translation>
        </message>
        <message>
            <source>{0}, onset tolerance {1}</source>
            <translation>{0}, tolérance sur le début {1}</translation>
        </message>
        <message>
            <source>{0} double-coded video(s) with both codings complete. Unit {1}, tolerance {2} (symmetric), event alignment {3}, excluded rule {4}. 95% CIs of the pooled and mean κ: bootstrap over videos (seed {5}); of a pair's κ: treating its units as independent.</source>
            <translation>{0} vidéo(s) codée(s) en double dont les deux codages sont terminés. Unité {1}, tolérance {2} (symétrique), alignement des événements {3}, règle d'exclusion {4}. IC à 95 % du κ agrégé et du κ moyen : bootstrap sur les vidéos (graine {5}) ; du κ d'une paire : unités traitées comme indépendantes.</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Couche</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Paires</translation>
        </message>
        <message>
            <source>κ undefined</source>
            <translation>κ non défini</translation>
        </message>
        <message>
            <source>Mean κ (time units)</source>
            <translation>κ moyen (unités de temps)</translation>
        </message>
        <message>
            <source>95% CI</source>
            <translation>IC à 95 %</translation>
        </message>
        <message>
            <source>Mean κ (events)</source>
            <translation>κ moyen (événements)</translation>
        </message>
        <message>
            <source>Pooled κ (time units)</source>
            <translation>κ agrégé (unités de temps)</translation>
        </message>
        <message>
            <source>Pooled</source>
            <translation>Agrégé</translation>
        </message>
        <message>
            <source>Dyad</source>
            <translation>Dyade</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Codage principal</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Codage de fidélité</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé le</translation>
        </message>
        <message>
            <source>κ (headline layer)</source>
            <translation>κ (couche principale)</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Dérive</translation>
        </message>
        <message>
            <source>Copy methods text</source>
            <translation>Copier le texte de méthode</translation>
        </message>
        <message>
            <source>Copy the reliability paragraph of a methods section, written from these figures (as `attachcoder study agreement DIR --methods` prints it; in English)</source>
            <translation>Copier le paragraphe sur la fidélité d'une section Méthode, rédigé à partir de ces valeurs (tel que l'affiche `attachcoder study agreement DIR --methods` ; en anglais)</translation>
        </message>
        <message>
            <source>Copied ✓</source>
            <translation>Copié ✓</translation>
        </message>
    </context>
    <context>
        <name>BatchExportDialog</name>
        <message>
            <source>Batch export</source>
            <translation>Export par lots</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Ajouter des fichiers…</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Ajouter un dossier…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>the workbook to write (.xlsx)</source>
            <translation>le classeur à écrire (.xlsx)</translation>
        </message>
        <message>
            <source>Also write CSV files to</source>
            <translation>Écrire aussi des fichiers CSV dans</translation>
        </message>
        <message>
            <source>Include the coders' notes</source>
            <translation>Inclure les notes des codeurs/codeuses</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Workbook</source>
            <translation>Classeur</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Session files and folders (folders are searched for .acs):</source>
            <translation>Fichiers de séance et dossiers (les fichiers .acs sont recherchés dans les dossiers) :</translation>
        </message>
        <message>
            <source>Add session files</source>
            <translation>Ajouter des fichiers de séance</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Add a folder of sessions</source>
            <translation>Ajouter un dossier de séances</translation>
        </message>
        <message>
            <source>Write the workbook</source>
            <translation>Écrire le classeur</translation>
        </message>
        <message>
            <source>Write CSV files into</source>
            <translation>Écrire les fichiers CSV dans</translation>
        </message>
        <message>
            <source>add session files or folders</source>
            <translation>ajoutez des fichiers de séance ou des dossiers</translation>
        </message>
        <message>
            <source>choose the workbook to write</source>
            <translation>choisissez le classeur à écrire</translation>
        </message>
        <message>
            <source>the folder {0} does not exist</source>
            <translation>le dossier {0} n'existe pas</translation>
        </message>
        <message>
            <source>choose the folder for the CSV files</source>
            <translation>choisissez le dossier des fichiers CSV</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export en cours…</translation>
        </message>
        <message>
            <source>Finding the session files…</source>
            <translation>Recherche des fichiers de séance…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Reading {0} ({1} of {2})…</source>
            <translation>Lecture de {0} ({1} sur {2})…</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>Écriture du classeur…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Annulé : rien n'a été écrit.</translation>
        </message>
        <message>
            <source>No session could be read, so nothing was written.</source>
            <translation>Aucune séance n'a pu être lue ; rien n'a donc été écrit.</translation>
        </message>
        <message>
            <source>{0} session(s) from {1} file(s) written to {2}, and {3} CSV files.</source>
            <translation>{0} séance(s) issue(s) de {1} fichier(s) écrite(s) dans {2}, ainsi que {3} fichiers CSV.</translation>
        </message>
        <message>
            <source>{0} session(s) from {1} file(s) written to {2}.</source>
            <translation>{0} séance(s) issue(s) de {1} fichier(s) écrite(s) dans {2}.</translation>
        </message>
        <message>
            <source>{0} file(s) could not be read; see below.</source>
            <translation>{0} fichier(s) n'ont pas pu être lu(s) ; voir ci-dessous.</translation>
        </message>
        <message>
            <source>See the notes below.</source>
            <translation>Voir les remarques ci-dessous.</translation>
        </message>
        <message>
            <source>No problems.</source>
            <translation>Aucun problème.</translation>
        </message>
        <message>
            <source>Nothing was written: {0}</source>
            <translation>Rien n'a été écrit : {0}</translation>
        </message>
    </context>
    <context>
        <name>CameraRow</name>
        <message>
            <source>the video file</source>
            <translation>le fichier vidéo</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Where this video starts on the session clock (e.g. 400 when the second camera started 0.4 s after the first).</source>
            <translation>Où cette vidéo commence sur l'horloge de la séance (p. ex. 400 si la seconde caméra a démarré 0,4 s après la première).</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>décalage</translation>
        </message>
        <message>
            <source>Choose the video</source>
            <translation>Choisir la vidéo</translation>
        </message>
        <message>
            <source>reading the video…</source>
            <translation>lecture de la vidéo…</translation>
        </message>
        <message>
            <source>cannot use this video: {0}</source>
            <translation>impossible d'utiliser cette vidéo : {0}</translation>
        </message>
        <message>
            <source>checksum done</source>
            <translation>somme de contrôle calculée</translation>
        </message>
        <message>
            <source>computing the checksum…</source>
            <translation>calcul de la somme de contrôle…</translation>
        </message>
        <message>
            <source>{0}, {1}, {2} MB — {3}</source>
            <translation>{0}, {1}, {2} Mo — {3}</translation>
        </message>
    </context>
    <context>
        <name>CameraSync</name>
        <message>
            <source>Loading camera 2…</source>
            <translation>Chargement de la caméra 2…</translation>
        </message>
        <message>
            <source>File ▸ Locate camera 2 video…</source>
            <translation>Fichier ▸ Localiser la vidéo de la caméra 2…</translation>
        </message>
        <message>
            <source>Camera 2, frame-locked to camera 1</source>
            <translation>Caméra 2, calée image par image sur la caméra 1</translation>
        </message>
        <message>
            <source>Camera 2 ({0}), frame-locked to camera 1; starts at {1} ms on the session clock</source>
            <translation>Caméra 2 ({0}), calée image par image sur la caméra 1 ; commence à {1} ms sur l'horloge de la séance</translation>
        </message>
        <message>
            <source>Camera 2 not found: {0}</source>
            <translation>Caméra 2 introuvable : {0}</translation>
        </message>
    </context>
    <context>
        <name>CodeForm</name>
        <message>
            <source>One letter or digit; case does not matter; never a player key.</source>
            <translation>Une lettre ou un chiffre ; la casse n'importe pas ; jamais une touche du lecteur.</translation>
        </message>
        <message>
            <source>What a coder must see to use this code</source>
            <translation>Ce que le codeur ou la codeuse doit observer pour attribuer ce code</translation>
        </message>
        <message>
            <source>What the measures count this code as: attuned, misattuned (a rupture), repair, or excluded (left out of codable time).</source>
            <translation>Comment les mesures comptent ce code : accordé, désaccordé (une rupture), réparation ou exclu (hors du temps codable).</translation>
        </message>
        <message>
            <source>e.g.  initiator: caregiver, infant, mutual</source>
            <translation>p. ex.  initiateur : parent, bébé, mutuel</translation>
        </message>
        <message>
            <source>Ask for a note when coded</source>
            <translation>Demander une note lors du codage</translation>
        </message>
        <message>
            <source>Code name</source>
            <translation>Nom du code</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Touche</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Définition</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Modifiers</source>
            <translation>Modificateurs</translation>
        </message>
        <message>
            <source>{0} episode(s) of this code in the open session</source>
            <translation>{0} épisode(s) de ce code dans la séance ouverte</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>choisir…</translation>
        </message>
        <message>
            <source>Colour of {0}</source>
            <translation>Couleur de {0}</translation>
        </message>
        <message>
            <source>code {0}: {1}</source>
            <translation>code {0} : {1}</translation>
        </message>
    </context>
    <context>
        <name>CodingController</name>
        <message>
            <source>Mark {0} at {1}</source>
            <translation>Marquer {0} à {1}</translation>
        </message>
        <message>
            <source>Start {0} at {1}</source>
            <translation>Commencer {0} à {1}</translation>
        </message>
        <message>
            <source>Stop {0} at {1}</source>
            <translation>Terminer {0} à {1}</translation>
        </message>
        <message>
            <source>{0} at {1} was not coded: {2}</source>
            <translation>{0} à {1} n'a pas été codé : {2}</translation>
        </message>
        <message>
            <source>Not coded: the video is still loading; code when its first frame shows.</source>
            <translation>Non codé : la vidéo est encore en cours de chargement ; codez dès que sa première image s'affiche.</translation>
        </message>
        <message>
            <source>Not coded: the video cannot be played ({0}): choose a good copy with File ▸ Locate video…. The table can still be edited.</source>
            <translation>Non codé : la vidéo ne peut pas être lue ({0}) : choisissez une copie intacte avec Fichier ▸ Localiser la vidéo…. La table reste modifiable.</translation>
        </message>
        <message>
            <source>There is no video frame to code at: locate the video (File menu). The table can still be edited.</source>
            <translation>Aucune image vidéo sur laquelle coder : localisez la vidéo (menu Fichier). La table reste modifiable.</translation>
        </message>
        <message>
            <source>The note was not kept: {0}</source>
            <translation>La note n'a pas été conservée : {0}</translation>
        </message>
        <message>
            <source>That episode no longer exists.</source>
            <translation>Cet épisode n'existe plus.</translation>
        </message>
        <message>
            <source>Modifier not set: {0}</source>
            <translation>Modificateur non renseigné : {0}</translation>
        </message>
    </context>
    <context>
        <name>CodingPad</name>
        <message>
            <source>state</source>
            <translation>état</translation>
        </message>
        <message>
            <source>point</source>
            <translation>instant</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; ({1}, {2})</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}, {2})</translation>
        </message>
        <message>
            <source> — key &lt;b&gt;{0}&lt;/b&gt;</source>
            <translation> — touche &lt;b&gt;{0}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;br&gt;Modifiers: {0}</source>
            <translation>&lt;br&gt;Modificateurs : {0}</translation>
        </message>
    </context>
    <context>
        <name>CompareController</name>
        <message>
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <source>Open a session first, then compare it with another coding.</source>
            <translation>Ouvrez d'abord une séance, puis comparez-la avec un autre codage.</translation>
        </message>
        <message>
            <source>{0}

Nothing was compared.</source>
            <translation>{0}

Aucune comparaison n'a été effectuée.</translation>
        </message>
        <message>
            <source>Cannot compare</source>
            <translation>Comparaison impossible</translation>
        </message>
        <message>
            <source>Not the same video</source>
            <translation>Pas la même vidéo</translation>
        </message>
        <message>
            <source>{0} cannot be compared with {1}: {2}.

Choose a coding of the same video.</source>
            <translation>{0} ne peut pas être comparé à {1} : {2}.

Choisissez un codage de la même vidéo.</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
        <message>
            <source>The comparison could not be computed: {0}</source>
            <translation>La comparaison n'a pas pu être calculée : {0}</translation>
        </message>
        <message>
            <source>Stopped comparing.</source>
            <translation>Comparaison arrêtée.</translation>
        </message>
        <message>
            <source>Compare with another coding of this session</source>
            <translation>Comparer avec un autre codage de cette séance</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>updating…</source>
            <translation>mise à jour…</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Tolérance</translation>
        </message>
        <message>
            <source>Point window</source>
            <translation>Fenêtre des instants</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Chevauchement</translation>
        </message>
        <message>
            <source>Onset tolerance</source>
            <translation>Tolérance sur le début</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Alignement</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Exclus</translation>
        </message>
        <message>
            <source>Overlap (Holle &amp; Rein)</source>
            <extracomment>The event alignments and the excluded rules as the panel's combo boxes offer them (value, label, explanation; the label and explanation are shown translated).</extracomment>
            <translation>Chevauchement (Holle &amp; Rein)</translation>
        </message>
        <message>
            <source>States link at the overlap share of the longer one, points within the point window; codes are ignored (EasyDIAg).</source>
            <translation>Les états sont appariés à partir de la part de chevauchement du plus long, les instants dans la fenêtre des instants ; les codes ne sont pas pris en compte (EasyDIAg).</translation>
        </message>
        <message>
            <source>GSEQ (Bakeman et al. 2009)</source>
            <translation>GSEQ (Bakeman et al. 2009)</translation>
        </message>
        <message>
            <source>The two sequences of episodes aligned by dynamic programming; episodes pair only when their onsets are within the onset tolerance.</source>
            <translation>Les deux séquences d'épisodes sont alignées par programmation dynamique ; les épisodes ne sont appariés que si leurs débuts sont dans la tolérance sur le début.</translation>
        </message>
        <message>
            <source>Drop when both</source>
            <translation>Exclure si les deux</translation>
        </message>
        <message>
            <source>Leave out time both codings call uncodable: agreeing that nothing could be coded is not agreement on the interaction.</source>
            <translation>Exclure le temps que les deux codages jugent non codable : s'accorder sur le fait que rien ne pouvait être codé n'est pas un accord sur l'interaction.</translation>
        </message>
        <message>
            <source>Drop when either</source>
            <translation>Exclure si l'un des deux</translation>
        </message>
        <message>
            <source>Leave out time either coding calls uncodable.</source>
            <translation>Exclure le temps que l'un des deux codages juge non codable.</translation>
        </message>
        <message>
            <source>As a code</source>
            <translation>Comme un code</translation>
        </message>
        <message>
            <source>Count uncodable like any other code.</source>
            <translation>Compter « non codable » comme n'importe quel autre code.</translation>
        </message>
        <message>
            <source>[{0}, {1}]</source>
            <translation>[{0} ; {1}]</translation>
        </message>
        <message>
            <source>The figures, the list and the timeline marks are being recomputed after an edit;
until then they are those of the coding before it.</source>
            <translation>Les valeurs, la liste et les marques de la frise sont recalculées après une modification ;
d'ici là, elles correspondent au codage d'avant.</translation>
        </message>
        <message>
            <source>Length of a time unit: 1s, 250ms, 1f …</source>
            <translation>Durée d'une unité de temps : 1s, 250ms, 1f …</translation>
        </message>
        <message>
            <source>Differences this close to the same label in the other coding count as agreement
(rounded to whole units; percent agreement never falls as it grows).</source>
            <translation>Les écarts aussi proches du même code dans l'autre codage comptent comme un accord
(arrondi à des unités entières ; le pourcentage d'accord ne diminue jamais quand cette valeur augmente).</translation>
        </message>
        <message>
            <source>Points link when their onsets are this close.</source>
            <translation>Les instants sont appariés quand leurs débuts sont aussi proches.</translation>
        </message>
        <message>
            <source>States link when they overlap by this share of the longer one.</source>
            <translation>Les états sont appariés quand ils se chevauchent sur cette part du plus long.</translation>
        </message>
        <message>
            <source>How events are paired before event κ.</source>
            <translation>Comment les événements sont appariés avant le κ des événements.</translation>
        </message>
        <message>
            <source>GSEQ alignment: episodes pair when their onsets are this close.</source>
            <translation>Alignement GSEQ : les épisodes sont appariés quand leurs débuts sont aussi proches.</translation>
        </message>
        <message>
            <source>How codes with role 'excluded' count.</source>
            <translation>Comment comptent les codes de rôle « exclu ».</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <source>Uncodable</source>
            <translation>Non codable</translation>
        </message>
        <message>
            <source>Onset tol.</source>
            <translation>Tol. début</translation>
        </message>
        <message>
            <source>Time units</source>
            <translation>Unités de temps</translation>
        </message>
        <message>
            <source>Timeline: &lt;span style='color:{0}'&gt;■■&lt;/span&gt; disagreement &amp;nbsp; &lt;span style='color:{1}'&gt;▬▬&lt;/span&gt; forgiven by the tolerance &amp;nbsp; ▨ layer not compared</source>
            <translation>Frise : &lt;span style='color:{0}'&gt;■■&lt;/span&gt; désaccord &amp;nbsp; &lt;span style='color:{1}'&gt;▬▬&lt;/span&gt; toléré &amp;nbsp; ▨ couche non comparée</translation>
        </message>
        <message>
            <source>Stop comparing</source>
            <translation>Arrêter la comparaison</translation>
        </message>
        <message>
            <source>&lt;b&gt;Comparing&lt;/b&gt; this coding ({0})&lt;br&gt;with {1}</source>
            <translation>&lt;b&gt;Comparaison&lt;/b&gt; de ce codage ({0})&lt;br&gt;avec {1}</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Cotations</translation>
        </message>
        <message>
            <source>this</source>
            <translation>celui-ci</translation>
        </message>
        <message>
            <source>other</source>
            <translation>l'autre</translation>
        </message>
        <message>
            <source>Time units of {0} ms ({1}) over 0–{2} s, each labelled by the code at its midpoint; tolerance {3} = {4} unit(s) (symmetric).</source>
            <translation>Unités de temps de {0} ms ({1}) sur 0–{2} s, chacune étiquetée par le code à son milieu ; tolérance {3} = {4} unité(s) (symétrique).</translation>
        </message>
        <message>
            <source>Time units of {0} ms ({1}) over 0–{2} s, each labelled by the code at its midpoint; tolerance {3} = {4} unit(s).</source>
            <translation>Unités de temps de {0} ms ({1}) sur 0–{2} s, chacune étiquetée par le code à son milieu ; tolérance {3} = {4} unité(s).</translation>
        </message>
        <message>
            <source>With a tolerance κ may move either way; percent agreement never falls.</source>
            <translation>Avec une tolérance, κ peut varier dans un sens ou dans l'autre ; le pourcentage d'accord ne diminue jamais.</translation>
        </message>
        <message>
            <source>Not compared: {0}.</source>
            <translation>Non comparé : {0}.</translation>
        </message>
        <message>
            <source>{0}: codes only one scheme has are set aside ({1}).</source>
            <translation>{0} : les codes présents dans une seule grille sont mis de côté ({1}).</translation>
        </message>
        <message>
            <source>Bands after Landis &amp; Koch (1977) describe κ; they are not a verdict.</source>
            <translation>Les catégories de Landis &amp; Koch (1977) décrivent κ ; elles ne constituent pas un verdict.</translation>
        </message>
        <message>
            <source>state layer; compared codes: {0}</source>
            <translation>couche d'états ; codes comparés : {0}</translation>
        </message>
        <message>
            <source>point layer; compared codes: {0}</source>
            <translation>couche d'instants ; codes comparés : {0}</translation>
        </message>
        <message>
            <source>95% CI</source>
            <translation>IC à 95 %</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>accord</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>appariés</translation>
        </message>
        <message>
            <source>{0} ({1} pairs)</source>
            <translation>{0} ({1} paires)</translation>
        </message>
        <message>
            <source>mean |onset Δ|</source>
            <translation>|Δ début| moyen</translation>
        </message>
        <message>
            <source>tallies</source>
            <translation>effectifs</translation>
        </message>
        <message>
            <source>{0} units</source>
            <translation>{0} unités</translation>
        </message>
        <message>
            <source>this {0}, other {1}</source>
            <translation>celui-ci {0}, l'autre {1}</translation>
        </message>
    </context>
    <context>
        <name>DisagreementList</name>
        <message>
            <source>by time units</source>
            <translation>par unités de temps</translation>
        </message>
        <message>
            <source>by events</source>
            <translation>par événements</translation>
        </message>
        <message>
            <source>Time units: stretches where the units' labels differ (marked on the timeline).
Events: episodes linked with another code, or not linked at all (∅).</source>
            <translation>Unités de temps : portions où les codes des unités diffèrent (marquées sur la frise).
Événements : épisodes appariés à un autre code, ou non appariés du tout (∅).</translation>
        </message>
        <message>
            <source>all layers</source>
            <translation>toutes les couches</translation>
        </message>
        <message>
            <source>{0} event coded differently or not linked (∅)</source>
            <translation>{0} événement codé différemment ou non apparié (∅)</translation>
        </message>
        <message>
            <source>{0} events coded differently or not linked (∅)</source>
            <translation>{0} événements codés différemment ou non appariés (∅)</translation>
        </message>
        <message>
            <source>{0} disagreeing stretch</source>
            <translation>{0} portion en désaccord</translation>
        </message>
        <message>
            <source>{0} disagreeing stretches</source>
            <translation>{0} portions en désaccord</translation>
        </message>
        <message>
            <source> ({0} forgiven by the tolerance)</source>
            <translation> ({0} tolérée(s))</translation>
        </message>
    </context>
    <context>
        <name>DisagreementModel</name>
        <message>
            <source>Layer</source>
            <translation>Couche</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <source>This coding</source>
            <translation>Ce codage</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>L'autre</translation>
        </message>
        <message>
            <source>forgiven (tolerance)</source>
            <translation>toléré (tolérance)</translation>
        </message>
        <message>
            <source> — the codes differ, but the tolerance counts this as agreement</source>
            <translation> — les codes diffèrent, mais la tolérance compte ceci comme un accord</translation>
        </message>
        <message>
            <source>Click to show this moment in the video.</source>
            <translation>Cliquez pour afficher ce moment dans la vidéo.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>onset</source>
            <translation>début</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>modifiers</source>
            <translation>modificateurs</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>couche</translation>
        </message>
        <message>
            <source>Edit {0} of {1} at {2}</source>
            <extracomment>the crash journal could not be written (disk full, folder read-only): say so once, because until the next save a crash would lose the changes since a save is about to be written: last-moment updates (a live clock's span) go in now tells another copy of attachcoder that this file is open here the file as this window last read or wrote it, to notice another writer on save a second window on a file another window has open journals beside, not over, it the furthest instant shown (session ms) and the least that changes the field: the field itself, or for a file that does not say yet, the last coded instant a session with no file yet (a new session): it counts as unsaved until saved</extracomment>
            <translation>Modifier {0} de {1} à {2}</translation>
        </message>
        <message>
            <source>Delete {0} at {1}</source>
            <translation>Supprimer {0} à {1}</translation>
        </message>
        <message>
            <source>Delete {0} episodes</source>
            <translation>Supprimer {0} épisodes</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
    </context>
    <context>
        <name>EpisodeDetail</name>
        <message>
            <source>(not set)</source>
            <translation>(non renseigné)</translation>
        </message>
        <message>
            <source>Note for this episode (Ctrl+Enter or click away keeps it)</source>
            <translation>Note de cet épisode (Ctrl+Enter ou un clic ailleurs la conserve)</translation>
        </message>
        <message>
            <source>The episode's note, whole. It is kept when you click elsewhere or press Ctrl+Enter (one undo step); Escape puts back what was there.</source>
            <translation>La note complète de l'épisode. Elle est conservée quand vous cliquez ailleurs ou appuyez sur Ctrl+Enter (une étape d'annulation) ; Escape rétablit le texte précédent.</translation>
        </message>
        <message>
            <source>Select an episode to see its note and modifiers.</source>
            <translation>Sélectionnez un épisode pour voir sa note et ses modificateurs.</translation>
        </message>
        <message>
            <source>{0} of this episode (one undo step)</source>
            <translation>{0} de cet épisode (une étape d'annulation)</translation>
        </message>
        <message>
            <source>{0} is not set yet: choose it (one undo step)</source>
            <translation>{0} n'est pas encore renseigné : choisissez-le (une étape d'annulation)</translation>
        </message>
    </context>
    <context>
        <name>EpisodeTable</name>
        <message>
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Couche</translation>
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
            <translation>Couche</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Modifiers</source>
            <translation>Modificateurs</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Enter moves the boundary: a touching episode's edge moves with it (as dragging it in the timeline does). Shift+Enter moves this edge alone.</source>
            <translation>Enter déplace la limite : le bord d'un épisode contigu suit (comme lors d'un glissement dans la frise). Shift+Enter ne déplace que ce bord.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <source>{0} at {1}: {2} not set yet — choose it in the detail pane under the table (or type it in the Modifiers column)</source>
            <translation>{0} à {1} : {2} pas encore renseigné — choisissez la valeur dans le volet de détail sous la table (ou saisissez-la dans la colonne Modificateurs)</translation>
        </message>
        <message>
            <source>write modifiers as name=value (modifiers of {0}: {1})</source>
            <translation>écrivez les modificateurs sous la forme nom=valeur (modificateurs de {0} : {1})</translation>
        </message>
        <message>
            <source>{0} has no modifier {1} (it has: {2})</source>
            <translation>{0} n'a pas de modificateur {1} (il a : {2})</translation>
        </message>
        <message>
            <source>{0} is not a value of {1}; choose one of {2}</source>
            <translation>{0} n'est pas une valeur de {1} ; choisissez parmi {2}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>Not changed: {0}</source>
            <translation>Non modifié : {0}</translation>
        </message>
        <message>
            <source>an episode needs an onset</source>
            <translation>un épisode doit avoir un début</translation>
        </message>
        <message>
            <source>layer {0} has no code {1} (codes: {2})</source>
            <translation>la couche {0} n'a pas de code {1} (codes : {2})</translation>
        </message>
        <message>
            <source>code {0} is not in the scheme</source>
            <translation>le code {0} ne figure pas dans la grille</translation>
        </message>
    </context>
    <context>
        <name>ExportSessionDialog</name>
        <message>
            <source>Export workbook</source>
            <translation>Exporter le classeur</translation>
        </message>
        <message>
            <source>Include the coder's notes</source>
            <translation>Inclure les notes du codeur/de la codeuse</translation>
        </message>
        <message>
            <source>Leave out free text when the workbook leaves the team.</source>
            <translation>Omettez le texte libre lorsque le classeur quitte l'équipe.</translation>
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
            <translation>Le format de papier sur lequel le classeur s'imprime (par défaut celui de la région).</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Workbook</source>
            <translation>Classeur</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The workbook names the session by its IDs, never by a video or folder.</source>
            <translation>Le classeur désigne la séance par ses identifiants, jamais par une vidéo ou un dossier.</translation>
        </message>
        <message>
            <source>Choose where to write the workbook.</source>
            <translation>Choisissez où écrire le classeur.</translation>
        </message>
        <message>
            <source>The workbook was not written</source>
            <translation>Le classeur n'a pas été écrit</translation>
        </message>
    </context>
    <context>
        <name>FrameCache</name>
        <message>
            <source>{0}: frames could not be decoded ({1})</source>
            <extracomment>Pictures kept at most (bytes): ~90 frames of a 960 × 540 pane, 24 of full 1080p. Frames decoded ahead of the wanted one, at most. a frame asked for with :meth:`want` is now in the cache a frame asked for that the decoder does not give (the player asks QMediaPlayer) the decoder cannot read the file (the player then keeps using QMediaPlayer)</extracomment>
            <translation>{0} : des images n'ont pas pu être décodées ({1})</translation>
        </message>
    </context>
    <context>
        <name>HashWorker</name>
        <message>
            <source>cannot read {0}: {1}</source>
            <translation>impossible de lire {0} : {1}</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Keyboard help</source>
            <translation>Aide du clavier</translation>
        </message>
    </context>
    <context>
        <name>InterchangeActions</name>
        <message>
            <source>Other tools' codings</source>
            <translation>Codages d'autres logiciels</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>ELAN annotation files</source>
            <extracomment>what each export's files are called in a file dialog (the patterns are added)</extracomment>
            <translation>Fichiers d'annotation ELAN</translation>
        </message>
        <message>
            <source>SDIS timed-event data</source>
            <translation>Données SDIS à événements minutés</translation>
        </message>
        <message>
            <source>CSV tables</source>
            <translation>Tables CSV</translation>
        </message>
        <message>
            <source>BORIS projects</source>
            <translation>Projets BORIS</translation>
        </message>
        <message>
            <source>Datavyu projects</source>
            <translation>Projets Datavyu</translation>
        </message>
        <message>
            <source>Praat TextGrids</source>
            <translation>TextGrids Praat</translation>
        </message>
        <message>
            <source>Import a coding from another tool</source>
            <translation>Importer un codage d'un autre logiciel</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Rien n'a été importé</translation>
        </message>
        <message>
            <source>It holds no coding.</source>
            <translation>Il ne contient aucun codage.</translation>
        </message>
        <message>
            <source>{0}: nothing to import.</source>
            <translation>{0} : rien à importer.</translation>
        </message>
        <message>
            <source>Imported from {0}</source>
            <translation>Importé de {0}</translation>
        </message>
        <message>
            <source>{0}, imported from {1}</source>
            <translation>{0}, importé de {1}</translation>
        </message>
        <message>
            <source>Imported {0} episodes from {1}; use Save as to keep them as a session file.</source>
            <translation>{0} épisodes importés de {1} ; utilisez Enregistrer sous pour les conserver dans un fichier de séance.</translation>
        </message>
        <message>
            <source>Import report — {0}</source>
            <translation>Rapport d'import — {0}</translation>
        </message>
        <message>
            <source>the observation {0} of {1}</source>
            <translation>l'observation {0} de {1}</translation>
        </message>
        <message>
            <source>Imported {0}: {1} episodes in {2} layer(s). The choices the importer made:</source>
            <translation>{0} importé : {1} épisodes dans {2} couche(s). Choix effectués lors de l'import :</translation>
        </message>
        <message>
            <source>nothing needed a choice</source>
            <translation>aucun choix n'a été nécessaire</translation>
        </message>
        <message>
            <source>not imported: {0}</source>
            <translation>non importé : {0}</translation>
        </message>
        <message>
            <source>Export as {0}</source>
            <translation>Exporter en {0}</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Non exporté</translation>
        </message>
        <message>
            <source>{0} was not written: {1}

Your session is unchanged; try another place.</source>
            <translation>{0} n'a pas été écrit : {1}

Votre séance est inchangée ; essayez un autre emplacement.</translation>
        </message>
        <message>
            <source>Exported {0} ({1}, {2} episodes)</source>
            <translation>{0} exporté ({1}, {2} épisodes)</translation>
        </message>
        <message>
            <source>{0} was written. Please note:</source>
            <translation>{0} a été écrit. Veuillez noter :</translation>
        </message>
        <message>
            <source>Exported, with remarks</source>
            <translation>Exporté, avec remarques</translation>
        </message>
        <message>
            <source>The current session was not changed. Fix the file in the tool that wrote it, or choose another.</source>
            <translation>La séance actuelle n'a pas été modifiée. Corrigez le fichier dans le logiciel qui l'a écrit, ou choisissez-en un autre.</translation>
        </message>
        <message>
            <source>{0} holds {1} observations; the window opens one at a time.
(attachcoder import FILE -o FOLDER imports them all.)

Import which one?</source>
            <translation>{0} contient {1} observations ; la fenêtre en ouvre une à la fois.
(attachcoder import FILE -o FOLDER les importe toutes.)

Laquelle importer ?</translation>
        </message>
        <message>
            <source>Not importable: {0}</source>
            <translation>Impossible à importer : {0}</translation>
        </message>
        <message>
            <source>Choose an observation</source>
            <translation>Choisir une observation</translation>
        </message>
    </context>
    <context>
        <name>LayerForm</name>
        <message>
            <source>states (one at a time)</source>
            <translation>états (un à la fois)</translation>
        </message>
        <message>
            <source>points (instants)</source>
            <translation>instants (ponctuels)</translation>
        </message>
        <message>
            <source>What the measures use this layer for: 'interaction' for attuned / misattuned / repair, 'phase' for play / still-face / reunion.</source>
            <translation>À quoi les mesures utilisent cette couche : « interaction » pour accordé / désaccordé / réparation, « phase » pour jeu / visage impassible / retrouvailles.</translation>
        </message>
        <message>
            <source>Layer name</source>
            <translation>Nom de la couche</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Contient</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
    </context>
    <context>
        <name>LiveCoding</name>
        <message>
            <source>Live session: no video</source>
            <extracomment>where clocks read the time (None: a monotonic timer); tests give a fake one</extracomment>
            <translation>Séance en direct : pas de vidéo</translation>
        </message>
        <message>
            <source>Clock stopped at {0}.</source>
            <translation>Chronomètre arrêté à {0}.</translation>
        </message>
        <message>
            <source>The running states were not closed: {0}</source>
            <translation>Les états en cours n'ont pas été terminés : {0}</translation>
        </message>
        <message>
            <source>Clock stopped at {0}: running states end there (Undo brings them back).</source>
            <translation>Chronomètre arrêté à {0} : les états en cours s'y terminent (Annuler les rétablit).</translation>
        </message>
    </context>
    <context>
        <name>LivePanel</name>
        <message>
            <source>Start the clock</source>
            <translation>Démarrer le chronomètre</translation>
        </message>
        <message>
            <source>Stop the clock</source>
            <translation>Arrêter le chronomètre</translation>
        </message>
        <message>
            <source>End the observation here: running states end at this time (one undo step)</source>
            <translation>Terminer l'observation ici : les états en cours se terminent à ce moment (une étape d'annulation)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Live coding&lt;/b&gt; — no video; the session runs on this clock</source>
            <translation>&lt;b&gt;Codage en direct&lt;/b&gt; — sans vidéo ; la séance suit ce chronomètre</translation>
        </message>
        <message>
            <source>Running — code with the scheme's keys; {0} pauses.</source>
            <translation>En cours — codez avec les touches de la grille ; {0} met en pause.</translation>
        </message>
        <message>
            <source>Stopped: the observation ended here. {0} starts the clock again.</source>
            <translation>Arrêté : l'observation s'est terminée ici. {0} redémarre le chronomètre.</translation>
        </message>
        <message>
            <source>Paused — {0} starts the clock.</source>
            <translation>En pause — {0} démarre le chronomètre.</translation>
        </message>
        <message>
            <source>Pause the clock</source>
            <translation>Mettre le chronomètre en pause</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> (recovered)</source>
            <translation> (récupérée)</translation>
        </message>
        <message>
            <source> (not saved yet)</source>
            <translation> (pas encore enregistrée)</translation>
        </message>
        <message>
            <source>Select an episode in the table to delete it.</source>
            <translation>Sélectionnez un épisode dans la table pour le supprimer.</translation>
        </message>
        <message>
            <source>Unsaved changes are not protected against a crash ({0}). Save now (Ctrl+S).</source>
            <translation>Les modifications non enregistrées ne sont pas protégées contre un plantage ({0}). Enregistrez maintenant (Ctrl+S).</translation>
        </message>
    </context>
    <context>
        <name>MetadataDialog</name>
        <message>
            <source>Session details</source>
            <translation>Détails de la séance</translation>
        </message>
        <message>
            <source>Edit session details</source>
            <translation>Modifier les détails de la séance</translation>
        </message>
    </context>
    <context>
        <name>MetadataForm</name>
        <message>
            <source>mother</source>
            <extracomment>kept in the file in English (batch tables group by them); shown in the window's language</extracomment>
            <translation>mère</translation>
        </message>
        <message>
            <source>father</source>
            <translation>père</translation>
        </message>
        <message>
            <source>other caregiver</source>
            <translation>autre figure parentale</translation>
        </message>
        <message>
            <source>the session date {0} must be written YYYY-MM-DD (e.g. 2026-03-02)</source>
            <translation>la date de séance {0} doit s'écrire AAAA-MM-JJ (p. ex. 2026-03-02)</translation>
        </message>
        <message>
            <source>e.g. D014 — a code, never a name</source>
            <translation>p. ex. D014 — un code, jamais un nom</translation>
        </message>
        <message>
            <source>e.g. C2</source>
            <translation>p. ex. C2</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <source>corrected for prematurity</source>
            <translation>corrigé pour la prématurité</translation>
        </message>
        <message>
            <source>Pseudonymous IDs only: no names, no birth dates.</source>
            <translation>Identifiants pseudonymes uniquement : ni noms, ni dates de naissance.</translation>
        </message>
        <message>
            <source>Dyad ID</source>
            <translation>Identifiant de la dyade</translation>
        </message>
        <message>
            <source>Coder ID</source>
            <translation>Identifiant du codeur/de la codeuse</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Date de la séance</translation>
        </message>
        <message>
            <source>Infant age</source>
            <translation>Âge du bébé</translation>
        </message>
        <message>
            <source>Caregiver</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>dyad ID</source>
            <translation>identifiant de dyade</translation>
        </message>
        <message>
            <source>coder ID</source>
            <translation>identifiant de codeur/codeuse</translation>
        </message>
        <message>
            <source>the {0} {1} names files in exports; leave out / \ : * ? " &lt; &gt; |</source>
            <translation>l'{0} {1} sert à nommer les fichiers exportés ; n'utilisez pas / \ : * ? " &lt; &gt; |</translation>
        </message>
    </context>
    <context>
        <name>ModifierBar</name>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; at {1}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; à {1}</translation>
        </message>
        <message>
            <source>Set {0} = {1} for this {2} episode</source>
            <translation>Définir {0} = {1} pour cet épisode ({2})</translation>
        </message>
        <message>
            <source>Hide (the modifier stays empty, marked in the table; set it under the table later)</source>
            <translation>Masquer (le modificateur reste vide et marqué dans la table ; renseignez-le plus tard sous la table)</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New session</source>
            <translation>Nouvelle séance</translation>
        </message>
        <message>
            <source>Code from video</source>
            <translation>Coder à partir d'une vidéo</translation>
        </message>
        <message>
            <source>Code live, on a clock (no video)</source>
            <translation>Coder en direct, avec un chronomètre (sans vidéo)</translation>
        </message>
        <message>
            <source>Camera 1</source>
            <translation>Caméra 1</translation>
        </message>
        <message>
            <source>A second, synchronised camera</source>
            <translation>Une seconde caméra, synchronisée</translation>
        </message>
        <message>
            <source>Camera 2</source>
            <translation>Caméra 2</translation>
        </message>
        <message>
            <source>What is coded</source>
            <translation>Ce qui est codé</translation>
        </message>
        <message>
            <source>Default attachment scheme</source>
            <translation>Grille de codage de l'attachement par défaut</translation>
        </message>
        <message>
            <source>Load…</source>
            <translation>Charger…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Coding scheme</source>
            <translation>Grille de codage</translation>
        </message>
        <message>
            <source>Session details</source>
            <translation>Détails de la séance</translation>
        </message>
        <message>
            <source>where to keep the session ({0})</source>
            <translation>où conserver la séance ({0})</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Session file</source>
            <translation>Fichier de séance</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>“{0}”: {1} layers, {2} codes</source>
            <translation>« {0} » : {1} couches, {2} codes</translation>
        </message>
        <message>
            <source>Load a scheme</source>
            <translation>Charger une grille</translation>
        </message>
        <message>
            <source>Cannot load the scheme</source>
            <translation>Impossible de charger la grille</translation>
        </message>
        <message>
            <source>Keep the session as</source>
            <translation>Conserver la séance sous</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>The date is {0}.</source>
            <translation>La date est {0}.</translation>
        </message>
        <message>
            <source>camera 1</source>
            <translation>caméra 1</translation>
        </message>
        <message>
            <source>camera 2</source>
            <translation>caméra 2</translation>
        </message>
        <message>
            <source>choose the video of {0}</source>
            <translation>choisissez la vidéo de la {0}</translation>
        </message>
        <message>
            <source>{0}: still reading the video…</source>
            <translation>{0} : lecture de la vidéo en cours…</translation>
        </message>
        <message>
            <source>choose where to keep the session file</source>
            <translation>choisissez où conserver le fichier de séance</translation>
        </message>
        <message>
            <source>the folder {0} does not exist</source>
            <translation>le dossier {0} n'existe pas</translation>
        </message>
        <message>
            <source>{0} exists already; choose another name (nothing is overwritten)</source>
            <translation>{0} existe déjà ; choisissez un autre nom (rien n'est écrasé)</translation>
        </message>
    </context>
    <context>
        <name>NewStudyDialog</name>
        <message>
            <source>New study</source>
            <translation>Nouvelle étude</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>the folder's name</source>
            <translation>le nom du dossier</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Coders (IDs, commas between)</source>
            <translation>Codeurs/codeuses (identifiants séparés par des virgules)</translation>
        </message>
        <message>
            <source>Share double-coded</source>
            <translation>Part codée en double</translation>
        </message>
        <message>
            <source>Seed of the draw</source>
            <translation>Graine du tirage</translation>
        </message>
        <message>
            <source>Agreement unit</source>
            <translation>Unité d'accord</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Tolérance</translation>
        </message>
        <message>
            <source>Overlap (Holle &amp; Rein 2015)</source>
            <translation>Chevauchement (Holle &amp; Rein 2015)</translation>
        </message>
        <message>
            <source>GSEQ (Bakeman, Quera &amp; Gnisci 2009)</source>
            <translation>GSEQ (Bakeman, Quera &amp; Gnisci 2009)</translation>
        </message>
        <message>
            <source>How events are paired for event κ: by overlap (states at ≥ 60% of the longer one, points within 1 s) or by GSEQ's dynamic-programming alignment of onsets</source>
            <translation>Comment les événements sont appariés pour le κ des événements : par chevauchement (états à ≥ 60 % du plus long, instants à moins de 1 s) ou par l'alignement des débuts de GSEQ (programmation dynamique)</translation>
        </message>
        <message>
            <source>Event alignment</source>
            <translation>Alignement des événements</translation>
        </message>
        <message>
            <source>GSEQ alignment: onsets this close may pair</source>
            <translation>Alignement GSEQ : des débuts aussi proches peuvent être appariés</translation>
        </message>
        <message>
            <source>Onset tolerance (GSEQ)</source>
            <translation>Tolérance sur le début (GSEQ)</translation>
        </message>
        <message>
            <source>Leave out when both say uncodable</source>
            <translation>Exclure quand les deux codent « non codable »</translation>
        </message>
        <message>
            <source>Leave out when either says uncodable</source>
            <translation>Exclure quand l'un des deux code « non codable »</translation>
        </message>
        <message>
            <source>Count uncodable as a code</source>
            <translation>Compter « non codable » comme un code</translation>
        </message>
        <message>
            <source>Codes with role 'excluded' (uncodable): agreeing that nothing could be coded is not agreement on the interaction, so by default such time is left out</source>
            <translation>Codes de rôle « exclu » (non codable) : s'accorder sur le fait que rien ne pouvait être codé n'est pas un accord sur l'interaction ; par défaut, ce temps est donc exclu</translation>
        </message>
        <message>
            <source>Uncodable time</source>
            <translation>Temps non codable</translation>
        </message>
        <message>
            <source>Criterion κ</source>
            <translation>κ critère</translation>
        </message>
        <message>
            <source>Folder of the new study</source>
            <translation>Dossier de la nouvelle étude</translation>
        </message>
    </context>
    <context>
        <name>NotePrompt</name>
        <message>
            <source>Type a note; Enter keeps it, Escape leaves none</source>
            <translation>Saisissez une note ; Enter la conserve, Escape n'en laisse aucune</translation>
        </message>
        <message>
            <source>Note for &lt;b&gt;{0}&lt;/b&gt; at {1}:</source>
            <translation>Note pour &lt;b&gt;{0}&lt;/b&gt; à {1} :</translation>
        </message>
    </context>
    <context>
        <name>QtTimeline</name>
        <message>
            <source>Drag an edge to move it; where two episodes touch, both move. Hold Shift to move the edge alone. Click to seek, double-click to go to an episode.</source>
            <translation>Faites glisser un bord pour le déplacer ; là où deux épisodes se touchent, les deux se déplacent. Maintenez Shift pour ne déplacer que ce bord. Cliquez pour vous positionner, double-cliquez pour aller à un épisode.</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel)</source>
            <translation>Zoom avant (Ctrl+molette)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel)</source>
            <translation>Zoom arrière (Ctrl+molette)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <source>Show the whole session</source>
            <translation>Afficher toute la séance</translation>
        </message>
        <message>
            <source>The edit was undone: {0}</source>
            <translation>La modification a été annulée : {0}</translation>
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
            <translation>Item de cotation</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>Min</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Max</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Définition</translation>
        </message>
        <message>
            <source>rating item {0}: min {1} is not a number</source>
            <translation>item de cotation {0} : le min {1} n'est pas un nombre</translation>
        </message>
        <message>
            <source>rating item {0}: max {1} is not a number</source>
            <translation>item de cotation {0} : le max {1} n'est pas un nombre</translation>
        </message>
    </context>
    <context>
        <name>RatingsDialog</name>
        <message>
            <source>Ratings</source>
            <translation>Cotations</translation>
        </message>
        <message>
            <source>rated</source>
            <translation>coté</translation>
        </message>
        <message>
            <source>The scheme has no rating items (add them in the scheme editor).</source>
            <translation>La grille n'a aucun item de cotation (ajoutez-en dans l'éditeur de grille).</translation>
        </message>
        <message>
            <source>Edit ratings</source>
            <translation>Modifier les cotations</translation>
        </message>
    </context>
    <context>
        <name>SchemeEditorDialog</name>
        <message>
            <source>Coding scheme</source>
            <translation>Grille de codage</translation>
        </message>
        <message>
            <source>Layers and codes</source>
            <translation>Couches et codes</translation>
        </message>
        <message>
            <source>Choose a layer or a code to edit it.</source>
            <translation>Choisissez une couche ou un code pour le modifier.</translation>
        </message>
        <message>
            <source>Add layer</source>
            <translation>Ajouter une couche</translation>
        </message>
        <message>
            <source>Add code</source>
            <translation>Ajouter un code</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Add rating item</source>
            <translation>Ajouter un item de cotation</translation>
        </message>
        <message>
            <source>Remove rating item</source>
            <translation>Retirer l'item de cotation</translation>
        </message>
        <message>
            <source>Rating items</source>
            <translation>Items de cotation</translation>
        </message>
        <message>
            <source>Load template…</source>
            <translation>Charger un modèle…</translation>
        </message>
        <message>
            <source>Save as template…</source>
            <translation>Enregistrer comme modèle…</translation>
        </message>
        <message>
            <source>Scheme name</source>
            <translation>Nom de la grille</translation>
        </message>
        <message>
            <source>Problems to fix before saving:</source>
            <translation>Problèmes à corriger avant l'enregistrement :</translation>
        </message>
        <message>
            <source>states</source>
            <translation>états</translation>
        </message>
        <message>
            <source>points</source>
            <translation>instants</translation>
        </message>
        <message>
            <source>layer {0}</source>
            <translation>couche {0}</translation>
        </message>
        <message>
            <source>code {0}</source>
            <translation>code {0}</translation>
        </message>
        <message>
            <source>Remove a code in use</source>
            <translation>Retirer un code utilisé</translation>
        </message>
        <message>
            <source>The session has {0} episode(s) coded with {1}. Remove it and delete those episodes? (Undo after saving the scheme brings them back.)</source>
            <translation>La séance contient {0} épisode(s) codé(s) avec {1}. Le retirer et supprimer ces épisodes ? (Annuler après l'enregistrement de la grille les rétablit.)</translation>
        </message>
        <message>
            <source>layer {0} has coded states; it cannot hold points (add a new layer instead)</source>
            <translation>la couche {0} contient des états codés ; elle ne peut pas contenir d'instants (ajoutez plutôt une nouvelle couche)</translation>
        </message>
        <message>
            <source>layer {0} has coded points; it cannot hold states (add a new layer instead)</source>
            <translation>la couche {0} contient des instants codés ; elle ne peut pas contenir d'états (ajoutez plutôt une nouvelle couche)</translation>
        </message>
        <message>
            <source>Load a scheme</source>
            <translation>Charger une grille</translation>
        </message>
        <message>
            <source>Cannot load the scheme</source>
            <translation>Impossible de charger la grille</translation>
        </message>
        <message>
            <source>Save the scheme as a template</source>
            <translation>Enregistrer la grille comme modèle</translation>
        </message>
        <message>
            <source>Cannot save the scheme</source>
            <translation>Impossible d'enregistrer la grille</translation>
        </message>
        <message>
            <source>The scheme does not fit this session</source>
            <translation>La grille ne convient pas à cette séance</translation>
        </message>
        <message>
            <source>Coding will be lost</source>
            <translation>Du codage sera perdu</translation>
        </message>
        <message>
            <source>Saving this scheme changes the coding:

• {0}

Go ahead? (Edit → Undo brings it all back.)</source>
            <translation>Enregistrer cette grille modifie le codage :

• {0}

Continuer ? (Édition → Annuler rétablit tout.)</translation>
        </message>
    </context>
    <context>
        <name>SessionActions</name>
        <message>
            <source>Clear the list</source>
            <translation>Effacer la liste</translation>
        </message>
        <message>
            <source>The session was not created</source>
            <translation>La séance n'a pas été créée</translation>
        </message>
        <message>
            <source>{0} was not written: {1}</source>
            <translation>{0} n'a pas été écrit : {1}</translation>
        </message>
        <message>
            <source>Exported {0}</source>
            <translation>{0} exporté</translation>
        </message>
        <message>
            <source>This scheme has no rating items; add them in Session ▸ Coding scheme…</source>
            <translation>Cette grille n'a aucun item de cotation ; ajoutez-en dans Séance ▸ Grille de codage…</translation>
        </message>
    </context>
    <context>
        <name>SoundRow</name>
        <message>
            <source>The video's sound. Click or drag to move the video; right-click (or click Sound ▾) for the spectrogram.</source>
            <translation>Le son de la vidéo. Cliquez ou faites glisser pour déplacer la vidéo ; clic droit (ou clic sur Son ▾) pour le spectrogramme.</translation>
        </message>
        <message>
            <source>Sound ▾</source>
            <translation>Son ▾</translation>
        </message>
        <message>
            <source>spectrogram</source>
            <translation>spectrogramme</translation>
        </message>
        <message>
            <source>waveform</source>
            <translation>forme d'onde</translation>
        </message>
        <message>
            <source>camera {n}</source>
            <translation>caméra {n}</translation>
        </message>
        <message>
            <source>Reading the sound track… {percent} %</source>
            <translation>Lecture de la piste sonore… {percent} %</translation>
        </message>
        <message>
            <source>&amp;Waveform</source>
            <translation>&amp;Forme d'onde</translation>
        </message>
        <message>
            <source>&amp;Spectrogram</source>
            <translation>&amp;Spectrogramme</translation>
        </message>
        <message>
            <source>Sound of camera {n}</source>
            <translation>Son de la caméra {n}</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>The sample session is not installed with this copy.</source>
            <translation>La séance d'exemple n'est pas installée avec cette copie.</translation>
        </message>
        <message>
            <source>Cannot open the sample session</source>
            <translation>Impossible d'ouvrir la séance d'exemple</translation>
        </message>
        <message>
            <source>version {0} — coding caregiver–infant interaction: attuned, misattuned, repair</source>
            <translation>version {0} — codage de l'interaction parent–bébé : accordé, désaccordé, réparation</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nouvelle séance…</translation>
        </message>
        <message>
            <source>A video (or two cameras) or a live session, a scheme and the details</source>
            <translation>Une vidéo (ou deux caméras) ou une séance en direct, une grille et les détails</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>Open a session file (.acs)</source>
            <translation>Ouvrir un fichier de séance (.acs)</translation>
        </message>
        <message>
            <source>Open the sample session</source>
            <translation>Ouvrir la séance d'exemple</translation>
        </message>
        <message>
            <source>A coded six-minute still-face session to practise on (a copy: the sample itself is never changed)</source>
            <translation>Une séance de visage impassible (still-face) de six minutes, déjà codée, pour s'exercer (une copie : l'exemple lui-même n'est jamais modifié)</translation>
        </message>
        <message>
            <source>A session is one &lt;b&gt;.acs&lt;/b&gt; file beside its video (the video is never copied). Press &lt;b&gt;F1&lt;/b&gt; in the coding window for every key.</source>
            <translation>Une séance est un fichier &lt;b&gt;.acs&lt;/b&gt; placé à côté de sa vidéo (la vidéo n'est jamais copiée). Appuyez sur &lt;b&gt;F1&lt;/b&gt; dans la fenêtre de codage pour voir toutes les touches.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent sessions&lt;/b&gt; (click to open)</source>
            <translation>&lt;b&gt;Séances récentes&lt;/b&gt; (cliquez pour ouvrir)</translation>
        </message>
        <message>
            <source>No sessions opened yet</source>
            <translation>Aucune séance ouverte pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>StudyDashboard</name>
        <message>
            <source>You are:</source>
            <translation>Vous êtes :</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Add videos…</source>
            <translation>Ajouter des vidéos…</translation>
        </message>
        <message>
            <source>Draw reliability sample…</source>
            <translation>Tirer l'échantillon de fidélité…</translation>
        </message>
        <message>
            <source>Agreement…</source>
            <translation>Accord…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>{0} — {1} video(s)</source>
            <translation>{0} — {1} vidéo(s)</translation>
        </message>
        <message>
            <source>{0} — study — attachcoder</source>
            <translation>{0} — étude — attachcoder</translation>
        </message>
        <message>
            <source>you</source>
            <translation>vous</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next for {0}:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Next for the study:&lt;/b&gt; {2}</source>
            <translation>&lt;b&gt;Prochaine étape pour {0} :&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Prochaine étape pour l'étude :&lt;/b&gt; {2}</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Ensemble</translation>
        </message>
        <message>
            <source>{0} of {1} complete</source>
            <translation>{0} sur {1} terminé(s)</translation>
        </message>
        <message>
            <source>{0}; and {1} more</source>
            <translation>{0} ; et {1} de plus</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Qui êtes-vous ?</translation>
        </message>
        <message>
            <source>Choose who you are (You are: …) to open your codings.</source>
            <translation>Choisissez qui vous êtes (Vous êtes : …) pour ouvrir vos codages.</translation>
        </message>
        <message>
            <source>{0} and {1}</source>
            <translation>{0} et {1}</translation>
        </message>
        <message>
            <source>Not yours to code</source>
            <translation>Pas à vous de coder</translation>
        </message>
        <message>
            <source>Dyad {0} is coded by {1}. {2} has no coding of it; another coder's session is never opened for you (blind double-coding).</source>
            <translation>La dyade {0} est codée par {1}. {2} n'en a aucun codage ; la séance d'un autre codeur ou d'une autre codeuse ne vous est jamais ouverte (double codage en aveugle).</translation>
        </message>
    </context>
    <context>
        <name>StudyLink</name>
        <message>
            <source>This coding is complete and opens read-only; Session → Reopen for editing to change it.</source>
            <translation>Ce codage est terminé et s'ouvre en lecture seule ; pour le modifier : Séance → Rouvrir pour modification.</translation>
        </message>
        <message>
            <source>Not marked complete: states are still running.</source>
            <translation>Non marqué comme terminé : des états sont encore en cours.</translation>
        </message>
        <message>
            <source>Not marked complete: {0}</source>
            <translation>Non marqué comme terminé : {0}</translation>
        </message>
        <message>
            <source>Cannot open the study</source>
            <translation>Impossible d'ouvrir l'étude</translation>
        </message>
    </context>
    <context>
        <name>TransportBar</name>
        <message>
            <source>frame {0}</source>
            <translation>image {0}</translation>
        </message>
        <message>
            <source>Time of the frame on screen (hh:mm:ss.mmm)</source>
            <translation>Temps de l'image affichée (hh:mm:ss.mmm)</translation>
        </message>
        <message>
            <source>frame –</source>
            <translation>image –</translation>
        </message>
        <message>
            <source>Number of the frame on screen (the first frame is 0)</source>
            <translation>Numéro de l'image affichée (la première image est 0)</translation>
        </message>
        <message>
            <source>Playback speed: ] faster, [ slower, \ back to 1×</source>
            <translation>Vitesse de lecture : ] plus rapide, [ plus lent, \ retour à 1×</translation>
        </message>
    </context>
    <context>
        <name>UnsetCount</name>
        <message>
            <source>Episodes whose code has a modifier nobody set yet (marked in the table). Click to select the next one, then choose the value under the table.</source>
            <translation>Épisodes dont le code a un modificateur que personne n'a encore renseigné (marqués dans la table). Cliquez pour sélectionner le suivant, puis choisissez la valeur sous la table.</translation>
        </message>
        <message>
            <source>{0} {1} without {2}</source>
            <translation>{0} × {3} sans {2}</translation>
        </message>
    </context>
    <context>
        <name>VideoProbe</name>
        <message>
            <source>no such file</source>
            <extracomment>(slowest, fastest) rate when the video's rate varies; None when constant or unknown</extracomment>
            <translation>fichier inexistant</translation>
        </message>
    </context>
    <context>
        <name>VideoWidget</name>
        <message>
            <source>No video</source>
            <translation>Pas de vidéo</translation>
        </message>
        <message>
            <source>Loading the video…</source>
            <translation>Chargement de la vidéo…</translation>
        </message>
        <message>
            <source>File ▸ Locate video…</source>
            <translation>Fichier ▸ Localiser la vidéo…</translation>
        </message>
        <message>
            <source>The video</source>
            <translation>La vidéo</translation>
        </message>
        <message>
            <source>{0} cannot be played:
{1}.

Choose a good copy of the video with {2}
The coding in the table can still be edited.</source>
            <translation>Impossible de lire {0} :
{1}.

Choisissez une copie intacte de la vidéo avec {2}
Le codage de la table reste modifiable.</translation>
        </message>
    </context>
    <context>
        <name>agreement</name>
        <message>
            <source>excellent</source>
            <extracomment>Koo &amp; Li (2016): below .50 poor, .50–.75 moderate, .75–.90 good, above .90 excellent.</extracomment>
            <translation>excellent</translation>
        </message>
        <message>
            <source>good</source>
            <translation>bon</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>modéré</translation>
        </message>
        <message>
            <source>almost perfect</source>
            <extracomment>The normal quantile of a two-sided 95% interval (z_.975), as statsmodels' cohens_kappa. Landis &amp; Koch (1977), intervals closed on the left. Printed beside κ, never as a verdict. The words are marked for translation (context "agreement"): the window and the workbook show them in their language; JSON and text output keep these.</extracomment>
            <translation>presque parfait</translation>
        </message>
        <message>
            <source>substantial</source>
            <translation>fort</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>faible</translation>
        </message>
        <message>
            <source>slight</source>
            <translation>très faible</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>médiocre</translation>
        </message>
        <message>
            <source>SE and 95% CI of κ: Fleiss, Cohen &amp; Everitt (1969), treating units as independent (they are not: neighbouring time units are alike, so the interval is too narrow).</source>
            <translation>SE et IC à 95 % de κ : Fleiss, Cohen &amp; Everitt (1969), en traitant les unités comme indépendantes (elles ne le sont pas : des unités de temps voisines se ressemblent, l'intervalle est donc trop étroit).</translation>
        </message>
        <message>
            <source>[{0}, {1}]</source>
            <extracomment>Okabe–Ito, one colour per coder (they repeat past eight coders)</extracomment>
            <translation>[{0} ; {1}]</translation>
        </message>
        <message>
            <source>Observer drift: rolling mean κ of the last five pairs</source>
            <translation>Dérive des observateurs : κ moyen glissant des cinq dernières paires</translation>
        </message>
        <message>
            <source>reliability pair, by completion</source>
            <translation>paire de fidélité, par ordre d'achèvement</translation>
        </message>
        <message>
            <source>{0} (below criterion)</source>
            <translation>{0} (sous le critère)</translation>
        </message>
        <message>
            <source>criterion {0}</source>
            <translation>critère {0}</translation>
        </message>
    </context>
    <context>
        <name>completion</name>
        <message>
            <source>states are still running; choose where they end</source>
            <translation>des états sont encore en cours ; choisissez où ils se terminent</translation>
        </message>
        <message>
            <source>{0}, does not start before {1}, so it cannot end there; show a later frame, or close it at the end of the video</source>
            <translation>{0} ne commence pas avant {1} et ne peut donc pas s'y terminer ; affichez une image ultérieure ou terminez-le à la fin de la vidéo</translation>
        </message>
    </context>
    <context>
        <name>conflict</name>
        <message>
            <source>{0} — missing</source>
            <translation>{0} — introuvable</translation>
        </message>
        <message>
            <source>{0} — saved {1}, cannot be read ({2})</source>
            <translation>{0} — enregistré le {1}, illisible ({2})</translation>
        </message>
        <message>
            <source>{0} — saved {1}, {2}</source>
            <translation>{0} — enregistré le {1}, {2}</translation>
        </message>
        <message>
            <source>Two copies of this coding</source>
            <translation>Deux copies de ce codage</translation>
        </message>
        <message>
            <source>A sync client (or a person) left a second copy of this coding:

  • {0}
  • {1}

Until one is kept, the video counts as a conflict: it is in no export and no agreement. Compare the two, then keep one — the other is renamed aside (….bak), never deleted.</source>
            <translation>Un client de synchronisation (ou une personne) a laissé une seconde copie de ce codage :

  • {0}
  • {1}

Tant que l'une n'est pas conservée, la vidéo compte comme un conflit : elle n'entre dans aucun export ni aucun calcul d'accord. Comparez les deux, puis conservez-en une — l'autre est renommée à part (….bak), jamais supprimée.</translation>
        </message>
        <message>
            <source>Keep {0}</source>
            <translation>Conserver {0}</translation>
        </message>
        <message>
            <source>Compare the two</source>
            <translation>Comparer les deux</translation>
        </message>
        <message>
            <source>Nothing changed</source>
            <translation>Rien n'a changé</translation>
        </message>
        <message>
            <source>The files could not be renamed: {0}</source>
            <translation>Les fichiers n'ont pas pu être renommés : {0}</translation>
        </message>
        <message>
            <source>Conflict resolved</source>
            <translation>Conflit résolu</translation>
        </message>
        <message>
            <source>Kept {0}; the other is now {1}.</source>
            <translation>{0} conservé ; l'autre s'appelle maintenant {1}.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>The language of the sheet names, headings and notes; the data tables' column names stay English identifiers.</source>
            <translation>La langue des noms de feuilles, des titres et des remarques ; les noms de colonnes des tables de données restent des identifiants anglais.</translation>
        </message>
        <message>
            <source>the export failed unexpectedly ({0}); see the log</source>
            <translation>l'export a échoué de façon inattendue ({0}) ; voir le journal</translation>
        </message>
    </context>
    <context>
        <name>file_flow</name>
        <message>
            <source>Cannot open the session</source>
            <translation>Impossible d'ouvrir la séance</translation>
        </message>
        <message>
            <source>Recovered unsaved coding of {0}; save to keep it.</source>
            <translation>Codage non enregistré de {0} récupéré ; enregistrez pour le conserver.</translation>
        </message>
        <message>
            <source>(last change {0})</source>
            <translation>(dernière modification {0})</translation>
        </message>
        <message>
            <source>This session has no video</source>
            <translation>Cette séance n'a pas de vidéo</translation>
        </message>
        <message>
            <source>Video not found: {0}
File ▸ Locate video…</source>
            <translation>Vidéo introuvable : {0}
Fichier ▸ Localiser la vidéo…</translation>
        </message>
        <message>
            <source>The video {0} was not found; the table can still be edited. Locate it from the File menu.</source>
            <translation>La vidéo {0} est introuvable ; la table reste modifiable. Localisez-la depuis le menu Fichier.</translation>
        </message>
        <message>
            <source>Locate video</source>
            <translation>Localiser la vidéo</translation>
        </message>
        <message>
            <source>Cannot use this video</source>
            <translation>Impossible d'utiliser cette vidéo</translation>
        </message>
        <message>
            <source>Using the video {0}; save to remember where it is.</source>
            <translation>Vidéo {0} utilisée ; enregistrez pour mémoriser son emplacement.</translation>
        </message>
        <message>
            <source>Your coding is safe in memory and in the journal; try another place.</source>
            <translation>Votre codage est en sécurité en mémoire et dans le journal ; essayez un autre emplacement.</translation>
        </message>
        <message>
            <source>Your coding is only in memory now: keep this window open and save to another place (another disk or folder).</source>
            <translation>Votre codage n'existe plus qu'en mémoire : gardez cette fenêtre ouverte et enregistrez ailleurs (un autre disque ou dossier).</translation>
        </message>
        <message>
            <source>The session was not saved: {0}</source>
            <translation>La séance n'a pas été enregistrée : {0}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>{0} enregistré</translation>
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
            <translation>Dans la table des épisodes, F2 modifie la cellule ; Enter valide la modification. À une limite partagée par deux épisodes contigus, un nouveau début ou une nouvelle fin déplace &lt;b&gt;les deux&lt;/b&gt; côtés, comme le fait le glissement de la limite dans la frise (une seule étape d'annulation).</translation>
        </message>
        <message>
            <source>Shift+Enter</source>
            <translation>Shift+Enter</translation>
        </message>
        <message>
            <source>Keeps a new onset or offset for &lt;b&gt;this edge alone&lt;/b&gt; (the neighbour stays: a gap opens, or an overlap is refused). In the timeline, hold Shift while dragging an edge.</source>
            <translation>Valide un nouveau début ou une nouvelle fin pour &lt;b&gt;ce bord seulement&lt;/b&gt; (l'épisode voisin reste en place : un intervalle s'ouvre, ou un chevauchement est refusé). Dans la frise, maintenez Shift en faisant glisser un bord.</translation>
        </message>
        <message>
            <source>Note, modifiers</source>
            <translation>Note, modificateurs</translation>
        </message>
        <message>
            <source>Under the table, the selected episode's note (Ctrl+Enter or clicking away keeps it, Escape puts back what was there) and its modifiers. A modifier left unset is tinted in the table and counted in the status bar; click the count to go to the next one.</source>
            <translation>Sous la table : la note de l'épisode sélectionné (Ctrl+Enter ou un clic ailleurs la conserve, Escape rétablit le texte précédent) et ses modificateurs. Un modificateur non renseigné est coloré dans la table et compté dans la barre d'état ; cliquez sur le compte pour aller au suivant.</translation>
        </message>
        <message>
            <source>Editing episodes</source>
            <translation>Modifier les épisodes</translation>
        </message>
        <message>
            <source>Keys for the scheme “{0}”</source>
            <translation>Touches de la grille « {0} »</translation>
        </message>
        <message>
            <source>A &lt;b&gt;state&lt;/b&gt; key starts that state and ends the one running in its layer at the same frame; pressing the running state's key again ends it. A &lt;b&gt;point&lt;/b&gt; key marks an instant. Keys code the frame on screen, wherever the focus is (except in a text field); Shift is never needed.</source>
            <translation>Une touche d'&lt;b&gt;état&lt;/b&gt; démarre cet état et termine, à la même image, celui qui est en cours dans sa couche ; appuyer de nouveau sur la touche de l'état en cours le termine. Une touche d'&lt;b&gt;instant&lt;/b&gt; marque un instant. Les touches codent l'image affichée, où que soit le focus (sauf dans un champ de texte) ; Shift n'est jamais nécessaire.</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Touche</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Signification</translation>
        </message>
        <message>
            <source>states</source>
            <translation>états</translation>
        </message>
        <message>
            <source>points</source>
            <translation>instants</translation>
        </message>
        <message>
            <source>then choose {0}</source>
            <translation>puis choisir : {0}</translation>
        </message>
        <message>
            <source>asks for a note (Enter keeps it, Escape leaves it out)</source>
            <translation>demande une note (Enter la conserve, Escape l'omet)</translation>
        </message>
        <message>
            <source>Player and window keys</source>
            <translation>Touches du lecteur et de la fenêtre</translation>
        </message>
        <message>
            <source>Does</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>ids</name>
        <message>
            <source>the {0} {1} holds {2}: IDs name rows in every report and files on disk; type it again without control or text-direction characters</source>
            <translation>l'{0} {1} contient {2} : les identifiants nomment les lignes de chaque rapport et les fichiers sur le disque ; saisissez-le de nouveau sans caractères de contrôle ni de direction du texte</translation>
        </message>
    </context>
    <context>
        <name>keymap</name>
        <message>
            <source> or </source>
            <extracomment>"player" keys are routed by the window itself wherever the focus is (except text fields); "menu" keys are ordinary menu shortcuts (a text field keeps its own Ctrl+Z). the menu an action sits in (None: it has keys only) who runs it: "window" (the main window's methods), "session" (the Session menu's ``SessionActions``), or the part named (camera 2, import/export, Compare with…, the live clock, the timeline, the study link); a player action with no slot runs through the window's ``trigger`` "document": enabled only while a session is open; "part": its owner enables it by a state of its own (camera 2 needs a second video, Stop comparing a comparison, Undo a step)</extracomment>
            <translation> ou </translation>
        </message>
        <message>
            <source>E&amp;xport for other tools</source>
            <translation>E&amp;xporter vers d'autres logiciels</translation>
        </message>
        <message>
            <source>Play / pause</source>
            <translation>Lecture / pause</translation>
        </message>
        <message>
            <source>Next frame</source>
            <translation>Image suivante</translation>
        </message>
        <message>
            <source>Previous frame</source>
            <translation>Image précédente</translation>
        </message>
        <message>
            <source>Forward 1 s</source>
            <translation>Avancer de 1 s</translation>
        </message>
        <message>
            <source>Back 1 s</source>
            <translation>Reculer de 1 s</translation>
        </message>
        <message>
            <source>Forward 5 s</source>
            <translation>Avancer de 5 s</translation>
        </message>
        <message>
            <source>Back 5 s</source>
            <translation>Reculer de 5 s</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Plus rapide</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>Plus lent</translation>
        </message>
        <message>
            <source>Normal speed (1×)</source>
            <translation>Vitesse normale (1×)</translation>
        </message>
        <message>
            <source>Keep playing while typing a note</source>
            <translation>Poursuivre la lecture pendant la saisie d'une note</translation>
        </message>
        <message>
            <source>Timeline follows the playhead</source>
            <translation>La frise suit la tête de lecture</translation>
        </message>
        <message>
            <source>Delete the selected episode</source>
            <translation>Supprimer l'épisode sélectionné</translation>
        </message>
        <message>
            <source>&amp;Delete episode</source>
            <translation>&amp;Supprimer l'épisode</translation>
        </message>
        <message>
            <source>Close a prompt</source>
            <translation>Fermer une invite</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nouvelle séance…</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Nouvelle séance…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open recent</source>
            <translation>Ouvrir un fichier récent</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <source>Locate video…</source>
            <translation>Localiser la vidéo…</translation>
        </message>
        <message>
            <source>&amp;Locate video…</source>
            <translation>&amp;Localiser la vidéo…</translation>
        </message>
        <message>
            <source>Locate camera 2 video…</source>
            <translation>Localiser la vidéo de la caméra 2…</translation>
        </message>
        <message>
            <source>Locate camera &amp;2 video…</source>
            <translation>Localiser la vidéo de la caméra &amp;2…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Export workbook…</source>
            <translation>Exporter le classeur…</translation>
        </message>
        <message>
            <source>&amp;Export workbook…</source>
            <translation>Exporter le &amp;classeur…</translation>
        </message>
        <message>
            <source>Batch export…</source>
            <translation>Export par lots…</translation>
        </message>
        <message>
            <source>&amp;Batch export…</source>
            <translation>Export par lo&amp;ts…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Open an ELAN, BORIS, Datavyu or Praat coding as a new session</source>
            <translation>Ouvrir un codage ELAN, BORIS, Datavyu ou Praat comme nouvelle séance</translation>
        </message>
        <message>
            <source>ELAN (.eaf)…</source>
            <translation>ELAN (.eaf)…</translation>
        </message>
        <message>
            <source>Write this session as ELAN annotation file</source>
            <translation>Écrire cette séance comme fichier d'annotation ELAN</translation>
        </message>
        <message>
            <source>BORIS (.boris)…</source>
            <translation>BORIS (.boris)…</translation>
        </message>
        <message>
            <source>Write this session as a BORIS project (ethogram from the scheme, one observation)</source>
            <translation>Écrire cette séance comme projet BORIS (éthogramme issu de la grille, une observation)</translation>
        </message>
        <message>
            <source>Datavyu (.opf)…</source>
            <translation>Datavyu (.opf)…</translation>
        </message>
        <message>
            <source>Write this session as a Datavyu project (one column per layer)</source>
            <translation>Écrire cette séance comme projet Datavyu (une colonne par couche)</translation>
        </message>
        <message>
            <source>Praat (.TextGrid)…</source>
            <translation>Praat (.TextGrid)…</translation>
        </message>
        <message>
            <source>Write this session as a Praat TextGrid (one tier per layer)</source>
            <translation>Écrire cette séance comme TextGrid Praat (un tier par couche)</translation>
        </message>
        <message>
            <source>SDIS for GSEQ (.sds)…</source>
            <translation>SDIS pour GSEQ (.sds)…</translation>
        </message>
        <message>
            <source>Write this session as SDIS timed-event data for GSEQ</source>
            <translation>Écrire cette séance comme données SDIS à événements minutés (timed-event) pour GSEQ</translation>
        </message>
        <message>
            <source>Episodes table (.csv)…</source>
            <translation>Table des épisodes (.csv)…</translation>
        </message>
        <message>
            <source>Write this session as episodes table (CSV)</source>
            <translation>Écrire cette séance comme table des épisodes (CSV)</translation>
        </message>
        <message>
            <source>Leave notes out</source>
            <translation>Omettre les notes</translation>
        </message>
        <message>
            <source>Write the exports above without the coders' notes</source>
            <translation>Écrire les exports ci-dessus sans les notes des codeurs/codeuses</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>Comparer avec…</translation>
        </message>
        <message>
            <source>&amp;Compare with…</source>
            <translation>Co&amp;mparer avec…</translation>
        </message>
        <message>
            <source>Load another coding of this session (e.g. a second observer's) and see where the two agree</source>
            <translation>Charger un autre codage de cette séance (p. ex. celui d'un second observateur) et voir où les deux concordent</translation>
        </message>
        <message>
            <source>Stop comparing</source>
            <translation>Arrêter la comparaison</translation>
        </message>
        <message>
            <source>S&amp;top comparing</source>
            <translation>&amp;Arrêter la comparaison</translation>
        </message>
        <message>
            <source>New study…</source>
            <translation>Nouvelle étude…</translation>
        </message>
        <message>
            <source>New stud&amp;y…</source>
            <translation>Nouvelle étu&amp;de…</translation>
        </message>
        <message>
            <source>Open study…</source>
            <translation>Ouvrir une étude…</translation>
        </message>
        <message>
            <source>Open s&amp;tudy…</source>
            <translation>Ouvrir une ét&amp;ude…</translation>
        </message>
        <message>
            <source>Keyboard help</source>
            <translation>Aide du clavier</translation>
        </message>
        <message>
            <source>&amp;Keyboard…</source>
            <translation>&amp;Clavier…</translation>
        </message>
        <message>
            <source>Language…</source>
            <translation>Langue…</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>Lan&amp;gue…</translation>
        </message>
        <message>
            <source>The language of the window, the default scheme and the workbook</source>
            <translation>La langue de la fenêtre, de la grille de codage par défaut et du classeur</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Coding scheme…</source>
            <translation>Grille de codage…</translation>
        </message>
        <message>
            <source>Coding &amp;scheme…</source>
            <translation>&amp;Grille de codage…</translation>
        </message>
        <message>
            <source>Layers, codes, keys, colours and rating items</source>
            <translation>Couches, codes, touches, couleurs et items de cotation</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Détails…</translation>
        </message>
        <message>
            <source>&amp;Details…</source>
            <translation>&amp;Détails…</translation>
        </message>
        <message>
            <source>Dyad and coder IDs, date, infant age, caregiver, notes</source>
            <translation>Identifiants de la dyade et du codeur/de la codeuse, date, âge du bébé, parent, notes</translation>
        </message>
        <message>
            <source>Ratings…</source>
            <translation>Cotations…</translation>
        </message>
        <message>
            <source>&amp;Ratings…</source>
            <translation>&amp;Cotations…</translation>
        </message>
        <message>
            <source>Start / pause the clock</source>
            <translation>Démarrer / mettre en pause le chronomètre</translation>
        </message>
        <message>
            <source>Stop the clock</source>
            <translation>Arrêter le chronomètre</translation>
        </message>
        <message>
            <source>Mark coding complete</source>
            <translation>Marquer le codage comme terminé</translation>
        </message>
        <message>
            <source>Reopen for editing</source>
            <translation>Rouvrir pour modification</translation>
        </message>
        <message>
            <source>Open the sample session</source>
            <translation>Ouvrir la séance d'exemple</translation>
        </message>
        <message>
            <source>Open the &amp;sample session</source>
            <translation>Ouvrir la séance d'&amp;exemple</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>Follow the system</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The language of the window, the default scheme and the workbook:</source>
            <translation>La langue de la fenêtre, de la grille de codage par défaut et du classeur :</translation>
        </message>
        <message>
            <source>the system's language</source>
            <translation>la langue du système</translation>
        </message>
        <message>
            <source>attachcoder speaks {0} from its next start.</source>
            <translation>Langue d'attachcoder à partir du prochain démarrage : {0}.</translation>
        </message>
    </context>
    <context>
        <name>load_watch</name>
        <message>
            <source>it is not a video that can be read (damaged, cut short, or not a video file)</source>
            <extracomment>the reasons, in English (marked; shown through :func:`said` in the window's language)</extracomment>
            <translation>ce n'est pas une vidéo lisible (endommagée, tronquée ou pas un fichier vidéo)</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes)</source>
            <translation>le fichier est vide (0 octet)</translation>
        </message>
        <message>
            <source>it has no video stream (sound only)</source>
            <translation>il n'a pas de flux vidéo (son uniquement)</translation>
        </message>
        <message>
            <source>no picture could be decoded from it (the file is probably cut short or damaged)</source>
            <translation>aucune image n'a pu en être décodée (le fichier est probablement tronqué ou endommagé)</translation>
        </message>
        <message>
            <source>it could not be read in time</source>
            <translation>il n'a pas pu être lu à temps</translation>
        </message>
        <message>
            <source>it cannot be read ({0})</source>
            <translation>il ne peut pas être lu ({0})</translation>
        </message>
    </context>
    <context>
        <name>measures</name>
        <message>
            <source>Length of the phase (or of the whole session for phase 'all').</source>
            <translation>Durée de la phase (ou de toute la séance pour la phase 'all').</translation>
        </message>
        <message>
            <source>Number of segments added up: phase episodes, or stretches outside every phase. Without phases the whole session is one segment.</source>
            <translation>Nombre de segments cumulés : épisodes de phase, ou portions hors de toute phase. Sans phases, toute la séance forme un seul segment.</translation>
        </message>
        <message>
            <source>Episodes in the session file (all layers; phase 'all' only).</source>
            <translation>Épisodes du fichier de séance (toutes les couches ; phase 'all' uniquement).</translation>
        </message>
        <message>
            <source>Episodes that cross a segment boundary; each is clipped and counted once in every segment it touches.</source>
            <translation>Épisodes qui franchissent une limite de segment ; chacun est découpé et compté une fois dans chaque segment qu'il touche.</translation>
        </message>
        <message>
            <source>How far the coding was observed (metadata.observed_to_ms, or the last coded instant when later): every figure covers 0 to here. Empty when the file does not say (older files, imports): then the whole media is covered.</source>
            <translation>Jusqu'où le codage a été observé (metadata.observed_to_ms, ou le dernier instant codé s'il est postérieur) : tous les résultats couvrent de 0 jusqu'ici. Vide si le fichier ne l'indique pas (fichiers anciens, imports) : le média entier est alors couvert.</translation>
        </message>
        <message>
            <source>Length of the media (of the live session's clock without media).</source>
            <translation>Durée du média (pour une séance en direct sans média : durée de son chronomètre).</translation>
        </message>
        <message>
            <source>observed_to / media_duration.</source>
            <translation>observed_to / media_duration.</translation>
        </message>
        <message>
            <source>States still running in the file, ended where the coding was observed to for these figures.</source>
            <translation>États encore en cours dans le fichier, terminés, pour ces résultats, là où s'arrête l'observation du codage.</translation>
        </message>
        <message>
            <source>States still running in a file that does not say how far it was observed: left out of every figure (never taken to run to the end of the media).</source>
            <translation>États encore en cours dans un fichier qui n'indique pas jusqu'où il a été observé : exclus de tous les résultats (jamais considérés comme durant jusqu'à la fin du média).</translation>
        </message>
        <message>
            <source>Time the layer's episodes cover (uncodable time included).</source>
            <translation>Temps couvert par les épisodes de la couche (temps non codable inclus).</translation>
        </message>
        <message>
            <source>Time of the phase not covered by any episode of the layer.</source>
            <translation>Temps de la phase qui n'est couvert par aucun épisode de la couche.</translation>
        </message>
        <message>
            <source>Covered time / duration.</source>
            <translation>Temps couvert / durée.</translation>
        </message>
        <message>
            <source>Uncoded gaps longer than 1 s (for 'all', found on the whole session's timeline; for a phase, the parts inside its segments).</source>
            <translation>Intervalles non codés de plus de 1 s (pour 'all', relevés sur l'axe temporel de toute la séance ; pour une phase, les parties situées dans ses segments).</translation>
        </message>
        <message>
            <source>Total length of those gaps.</source>
            <translation>Durée totale de ces intervalles.</translation>
        </message>
        <message>
            <source>T: covered time minus time in codes with role 'excluded'. The denominator of every proportion and rate of the layer.</source>
            <translation>T : temps couvert moins le temps passé dans des codes de rôle 'excluded'. Dénominateur de toutes les proportions et de tous les taux de la couche.</translation>
        </message>
        <message>
            <source>Time in codes with role 'excluded'.</source>
            <translation>Temps passé dans des codes de rôle 'excluded'.</translation>
        </message>
        <message>
            <source>Number of episodes of the code (a point's count for point layers).</source>
            <translation>Nombre d'épisodes du code (pour les couches d'instants, le nombre d'instants).</translation>
        </message>
        <message>
            <source>D: summed duration of the code's episodes.</source>
            <translation>D : somme des durées des épisodes du code.</translation>
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
            <translation>Durée médiane des épisodes.</translation>
        </message>
        <message>
            <source>count / (T / 60 s). For point codes T is the interaction layer's codable time (the phase's duration when there is no interaction layer).</source>
            <translation>count / (T / 60 s). Pour les codes d'instant, T est le temps codable de la couche d'interaction (la durée de la phase s'il n'y a pas de couche d'interaction).</translation>
        </message>
        <message>
            <source>Time in codes with role 'attuned' / T of the interaction layer.</source>
            <translation>Temps passé dans des codes de rôle 'attuned' / T de la couche d'interaction.</translation>
        </message>
        <message>
            <source>Time in codes with role 'misattuned' / T.</source>
            <translation>Temps passé dans des codes de rôle 'misattuned' / T.</translation>
        </message>
        <message>
            <source>Time in codes with role 'repair' / T.</source>
            <translation>Temps passé dans des codes de rôle 'repair' / T.</translation>
        </message>
        <message>
            <source>Episodes with role 'misattuned'.</source>
            <translation>Épisodes de rôle 'misattuned'.</translation>
        </message>
        <message>
            <source>Ruptures followed, inside their segment and skipping 'excluded' episodes and gaps, by an 'attuned' episode before any other 'misattuned' one.</source>
            <translation>Ruptures suivies, à l'intérieur de leur segment et en ignorant les épisodes 'excluded' et les intervalles, d'un épisode 'attuned' avant tout autre épisode 'misattuned'.</translation>
        </message>
        <message>
            <source>Ruptures followed first by another 'misattuned' one.</source>
            <translation>Ruptures suivies d'abord d'un autre épisode 'misattuned'.</translation>
        </message>
        <message>
            <source>Ruptures whose segment ends first (censored).</source>
            <translation>Ruptures dont le segment se termine avant (censurées).</translation>
        </message>
        <message>
            <source>repaired / (ruptures − unresolved).</source>
            <translation>réparées / (ruptures − non résolues).</translation>
        </message>
        <message>
            <source>Mean of (onset of the repairing 'attuned' episode − onset of the rupture), clock time: skipped excluded and uncoded time counts.</source>
            <translation>Moyenne de (début de l'épisode 'attuned' réparateur − début de la rupture), en temps d'horloge : le temps exclu ou non codé ignoré est compté.</translation>
        </message>
        <message>
            <source>Median time to repair.</source>
            <translation>Délai médian de réparation.</translation>
        </message>
        <message>
            <source>Number of repaired ruptures the time to repair is over.</source>
            <translation>Nombre de ruptures réparées sur lesquelles porte le délai de réparation.</translation>
        </message>
        <message>
            <source>Episodes with role 'repair'.</source>
            <translation>Épisodes de rôle 'repair'.</translation>
        </message>
        <message>
            <source>Repair attempts whose next codable episode in the segment is 'attuned'.</source>
            <translation>Tentatives de réparation dont l'épisode codable suivant dans le segment est 'attuned'.</translation>
        </message>
        <message>
            <source>Repair attempts cut off by the end of their segment (no codable episode follows in it): censored, like unresolved ruptures.</source>
            <translation>Tentatives de réparation interrompues par la fin de leur segment (aucun épisode codable ne les suit dans celui-ci) : censurées, comme les ruptures non résolues.</translation>
        </message>
        <message>
            <source>successful / (repair attempts − unresolved attempts).</source>
            <translation>réussies / (tentatives de réparation − tentatives non résolues).</translation>
        </message>
        <message>
            <source>Repair attempts by modifier value, e.g. repair_attempts_initiator_caregiver; '_not_coded' when the modifier was left empty.</source>
            <translation>Tentatives de réparation par valeur de modificateur, p. ex. repair_attempts_initiator_caregiver ; '_not_coded' lorsque le modificateur est resté vide.</translation>
        </message>
        <message>
            <source>n_ij: lag-1 transitions from code i to code j between consecutive codable episodes of the interaction layer inside a segment; an 'excluded' episode or an uncoded gap breaks the chain.</source>
            <translation>n_ij : transitions de décalage 1 (lag-1) du code i au code j entre épisodes codables consécutifs de la couche d'interaction à l'intérieur d'un segment ; un épisode 'excluded' ou un intervalle non codé interrompt la chaîne.</translation>
        </message>
        <message>
            <source>p(j | i) = n_ij / n_i+.</source>
            <translation>p(j | i) = n_ij / n_i+.</translation>
        </message>
        <message>
            <source>Yule's Q for i → j: a = n_ij, b = n_i+ − a, c = n_+j − a, d = N − a − b − c; Q = (ad − bc) / (ad + bc). On the diagonal (i → i) Q is near −1 by construction: a state is normally followed by another code, so read it as no effect.</source>
            <translation>Q de Yule pour i → j : a = n_ij, b = n_i+ − a, c = n_+j − a, d = N − a − b − c ; Q = (ad − bc) / (ad + bc). Sur la diagonale (i → i), Q est proche de −1 par construction : un état est normalement suivi d'un autre code ; ne l'interprétez donc pas comme un effet.</translation>
        </message>
        <message>
            <source>m(still-face) − m(play) for a headline measure m; needs all three phases coded. The phases are the phase codes with roles play, still-face and reunion (never the codes' order); without those roles it is empty, with a note.</source>
            <translation>m(still-face) − m(play) pour une mesure principale m ; nécessite que les trois phases soient codées. Les phases sont les codes de phase de rôles play, still-face et reunion (jamais l'ordre des codes) ; sans ces rôles, la mesure est vide et accompagnée d'une remarque.</translation>
        </message>
        <message>
            <source>m(reunion) − m(play) for a headline measure.</source>
            <translation>m(reunion) − m(play) pour une mesure principale.</translation>
        </message>
        <message>
            <source>The session's global rating for the item named in 'code'.</source>
            <translation>Cotation globale de la séance pour l'item nommé dans 'code'.</translation>
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Séance</translation>
        </message>
        <message>
            <source>&amp;Playback</source>
            <translation>&amp;Lecture</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
    </context>
    <context>
        <name>observed</name>
        <message>
            <source>{0} in layer {1}, started at {2}</source>
            <extracomment>the end of the span every figure covers (the observed end, or the media's end) the end of the media (the span a fully observed coding covers) as the file says (None: not recorded — an older file or an import) states still running, ended at ``end_ms`` for the figures: (layer, episode) states still running in a file that does not say how far it was observed: left out</extracomment>
            <translation>{0} dans la couche {1}, commencé à {2}</translation>
        </message>
        <message>
            <source>{0}, is still running and the file does not say how far the coding was observed (no observed_to_ms: an older file or an import); it is left out of every figure. Open the session in attachcoder and end it where it ends.</source>
            <translation>{0} : cet état est encore en cours et le fichier n'indique pas jusqu'où le codage a été observé (pas de observed_to_ms : un fichier ancien ou un import) ; il est exclu de tous les résultats. Ouvrez la séance dans attachcoder et terminez-le là où il se termine.</translation>
        </message>
        <message>
            <source>the figures end it at {0}, as far as this coding was observed</source>
            <translation>les résultats le terminent à {0}, jusqu'où ce codage a été observé</translation>
        </message>
        <message>
            <source>no figure counts it until the coding says how far it was observed</source>
            <translation>aucun résultat ne le compte tant que le codage n'indique pas jusqu'où il a été observé</translation>
        </message>
        <message>
            <source>Still running: {0} — {1}. End it with its key, or Session → Mark coding complete when the coding is done.</source>
            <translation>Encore en cours : {0} — {1}. Terminez-le avec sa touche, ou par Séance → Marquer le codage comme terminé une fois le codage fini.</translation>
        </message>
    </context>
    <context>
        <name>prompts</name>
        <message>
            <source>Videos</source>
            <translation>Vidéos</translation>
        </message>
        <message>
            <source>attachcoder sessions</source>
            <translation>Séances attachcoder</translation>
        </message>
        <message>
            <source>{0} has changes that are not saved.

Save them before closing?</source>
            <translation>{0} contient des modifications non enregistrées.

Les enregistrer avant de fermer ?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>These states are still running:
{0}

A complete coding has nothing running. Where do they end?</source>
            <translation>Ces états sont encore en cours :
{0}

Dans un codage terminé, plus rien n'est en cours. Où se terminent-ils ?</translation>
        </message>
        <message>
            <source>At the end of the video ({0})</source>
            <translation>À la fin de la vidéo ({0})</translation>
        </message>
        <message>
            <source>At the end of the session ({0})</source>
            <translation>À la fin de la séance ({0})</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>At the frame on screen ({0})</source>
            <translation>À l'image affichée ({0})</translation>
        </message>
        <message>
            <source>At the clock's time ({0})</source>
            <translation>Au temps du chronomètre ({0})</translation>
        </message>
        <message>
            <source>States still running</source>
            <translation>États encore en cours</translation>
        </message>
        <message>
            <source>{0} is open in {1}.

If both copies change it, each overwrites the other's saves and crash journal, and coding is lost. Close it there first, or open it here only if that copy is no longer in use.</source>
            <translation>{0} est ouvert dans {1}.

Si les deux instances le modifient, chacune écrase les enregistrements et le journal de récupération de l'autre, et du codage est perdu. Fermez-le d'abord là-bas, ou ne l'ouvrez ici que si l'autre instance n'est plus utilisée.</translation>
        </message>
        <message>
            <source>Session open elsewhere</source>
            <translation>Séance ouverte ailleurs</translation>
        </message>
        <message>
            <source>Open anyway</source>
            <translation>Ouvrir quand même</translation>
        </message>
        <message>
            <source>Changed on disk</source>
            <translation>Modifié sur le disque</translation>
        </message>
        <message>
            <source>{0} was changed on disk since this window opened or saved it — by another window, another computer (through a sync client) or a program.

Overwrite it with this window's coding, save this coding under another name, or reload the file from disk (this window's unsaved changes are then dropped)?</source>
            <translation>{0} a été modifié sur le disque depuis que cette fenêtre l'a ouvert ou enregistré — par une autre fenêtre, un autre ordinateur (via un client de synchronisation) ou un programme.

Voulez-vous l'écraser avec le codage de cette fenêtre, enregistrer ce codage sous un autre nom, ou recharger le fichier depuis le disque (les modifications non enregistrées de cette fenêtre seront alors perdues) ?</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Écraser</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Reload from disk</source>
            <translation>Recharger depuis le disque</translation>
        </message>
        <message>
            <source>Recover unsaved coding?</source>
            <translation>Récupérer le codage non enregistré ?</translation>
        </message>
        <message>
            <source>{0} was not closed properly {1}, and it has coding that was never saved.

Recover it? (Recovered coding is marked as unsaved until you save it.)</source>
            <translation>{0} n'a pas été fermé correctement {1} et contient un codage qui n'a jamais été enregistré.

Le récupérer ? (Le codage récupéré reste marqué comme non enregistré jusqu'à ce que vous l'enregistriez.)</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Récupérer</translation>
        </message>
        <message>
            <source>Discard the unsaved coding</source>
            <translation>Abandonner le codage non enregistré</translation>
        </message>
        <message>
            <source>Video not found</source>
            <translation>Vidéo introuvable</translation>
        </message>
        <message>
            <source>The session's video is not where it was:
{0}

Locate it? You can keep coding in the table meanwhile, and locate it later from the File menu.</source>
            <translation>La vidéo de la séance n'est plus à son emplacement :
{0}

Voulez-vous la localiser ? Vous pouvez continuer à coder dans la table en attendant, et la localiser plus tard depuis le menu Fichier.</translation>
        </message>
        <message>
            <source>Locate…</source>
            <translation>Localiser…</translation>
        </message>
        <message>
            <source>Continue without video</source>
            <translation>Continuer sans vidéo</translation>
        </message>
        <message>
            <source>Not the same video</source>
            <translation>Pas la même vidéo</translation>
        </message>
        <message>
            <source>{0} is not the video this session was coded on (its content differs).

Use it anyway? Times would then refer to a different recording.</source>
            <translation>{0} n'est pas la vidéo sur laquelle cette séance a été codée (son contenu diffère).

L'utiliser quand même ? Les temps se rapporteraient alors à un autre enregistrement.</translation>
        </message>
        <message>
            <source>Choose another…</source>
            <translation>En choisir une autre…</translation>
        </message>
        <message>
            <source>Use it anyway</source>
            <translation>L'utiliser quand même</translation>
        </message>
        <message>
            <source>Locate the video</source>
            <translation>Localiser la vidéo</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Ouvrir une séance</translation>
        </message>
        <message>
            <source>Save the session as</source>
            <translation>Enregistrer la séance sous</translation>
        </message>
    </context>
    <context>
        <name>read_only</name>
        <message>
            <source>This coding is marked complete, so it is read-only. Choose Session → Reopen for editing to change it.</source>
            <translation>Ce codage est marqué comme terminé ; il est donc en lecture seule. Choisissez Séance → Rouvrir pour modification pour le modifier.</translation>
        </message>
    </context>
    <context>
        <name>scheme_editor</name>
        <message>
            <source>Schemes</source>
            <translation>Grilles</translation>
        </message>
        <message>
            <source>Edit the coding scheme</source>
            <translation>Modifier la grille de codage</translation>
        </message>
        <message>
            <source>The scheme does not fit this session</source>
            <translation>La grille ne convient pas à cette séance</translation>
        </message>
    </context>
    <context>
        <name>scheme_forms</name>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>interaction</source>
            <extracomment>the roles as the scheme files write them, marked for translation where the forms show them</extracomment>
            <translation>interaction</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>phase</translation>
        </message>
        <message>
            <source>attuned</source>
            <translation>accordé</translation>
        </message>
        <message>
            <source>misattuned</source>
            <translation>désaccordé</translation>
        </message>
        <message>
            <source>repair</source>
            <translation>réparation</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>exclu</translation>
        </message>
        <message>
            <source>play</source>
            <translation>jeu</translation>
        </message>
        <message>
            <source>still-face</source>
            <translation>visage impassible</translation>
        </message>
        <message>
            <source>reunion</source>
            <translation>retrouvailles</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>{0} is still running in layer {1}; {2} cannot start after it (end {3} first)</source>
            <extracomment>The session fields a FieldChange may replace. Makes a change on a scratch copy of the session and returns the copy (raising KeyError, ValueError or IndexError when the change does not fit).</extracomment>
            <translation>{0} est encore en cours dans la couche {1} ; {2} ne peut pas commencer après (terminez d'abord {3})</translation>
        </message>
        <message>
            <source>{0} cannot run on while {1} follows at {2} in layer {3}</source>
            <translation>{0} ne peut pas rester en cours alors que {1} suit à {2} dans la couche {3}</translation>
        </message>
        <message>
            <source>{0} would overlap {1} in layer {2}</source>
            <translation>{0} chevaucherait {1} dans la couche {2}</translation>
        </message>
        <message>
            <source>offset {0} is not after onset {1}</source>
            <translation>la fin {0} n'est pas postérieure au début {1}</translation>
        </message>
        <message>
            <source>{0} is past the end of the media ({1})</source>
            <translation>{0} dépasse la fin du média ({1})</translation>
        </message>
        <message>
            <source>{0} is not a value of modifier {1} (one of {2})</source>
            <translation>{0} n'est pas une valeur du modificateur {1} (l'une de {2})</translation>
        </message>
        <message>
            <source>{0} at {1}</source>
            <translation>{0} à {1}</translation>
        </message>
        <message>
            <source>{0}; and {1} more problem(s)</source>
            <translation>{0} ; et {1} autre(s) problème(s)</translation>
        </message>
    </context>
    <context>
        <name>steps</name>
        <message>
            <source>Move onset of {0} to {1}</source>
            <translation>Déplacer le début de {0} à {1}</translation>
        </message>
        <message>
            <source>Move onset of {0} to {1} (and offset of {2})</source>
            <translation>Déplacer le début de {0} à {1} (et la fin de {2})</translation>
        </message>
        <message>
            <source>Move offset of {0} to {1}</source>
            <translation>Déplacer la fin de {0} à {1}</translation>
        </message>
        <message>
            <source>Move offset of {0} to {1} (and onset of {2})</source>
            <translation>Déplacer la fin de {0} à {1} (et le début de {2})</translation>
        </message>
    </context>
    <context>
        <name>study</name>
        <message>
            <source>(choose who you are)</source>
            <extracomment>``open_session(path, read_only)``: the host opens the coder's session file ``compare(path_a, path_b)``: the host opens ``path_a`` and compares it with ``path_b``</extracomment>
            <translation>(choisissez qui vous êtes)</translation>
        </message>
        <message>
            <source>Dyad</source>
            <translation>Dyade</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Codage principal</translation>
        </message>
        <message>
            <source>Primary status</source>
            <translation>Statut du codage principal</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Codage de fidélité</translation>
        </message>
        <message>
            <source>Reliability status</source>
            <translation>Statut du codage de fidélité</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vidéo</translation>
        </message>
        <message>
            <source>missing</source>
            <extracomment>status → background (Okabe–Ito, light): the colour says it at a glance, the text says it</extracomment>
            <translation>introuvable</translation>
        </message>
        <message>
            <source>All videos</source>
            <extracomment>the filters (their English names are the modes; the box shows them translated)</extracomment>
            <translation>Toutes les vidéos</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Les miennes</translation>
        </message>
        <message>
            <source>Reliability sample</source>
            <translation>Échantillon de fidélité</translation>
        </message>
        <message>
            <source>not started</source>
            <extracomment>the statuses as the study files write them, marked for translation where they are shown</extracomment>
            <translation>non commencé</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>illisible</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflit</translation>
        </message>
        <message>
            <source>conflict: a second copy ({0})</source>
            <translation>conflit : une seconde copie ({0})</translation>
        </message>
        <message>
            <source>conflict: {0} more copies ({1})</source>
            <translation>conflit : {0} copies supplémentaires ({1})</translation>
        </message>
        <message>
            <source>{0} is missing</source>
            <translation>{0} est introuvable</translation>
        </message>
        <message>
            <source>Add videos</source>
            <translation>Ajouter des vidéos</translation>
        </message>
        <message>
            <source>Add video files, or a folder?</source>
            <translation>Ajouter des fichiers vidéo ou un dossier ?</translation>
        </message>
        <message>
            <source>Files…</source>
            <translation>Des fichiers…</translation>
        </message>
        <message>
            <source>A folder…</source>
            <translation>Un dossier…</translation>
        </message>
        <message>
            <source>Add every video in a folder</source>
            <translation>Ajouter toutes les vidéos d'un dossier</translation>
        </message>
        <message>
            <source>Export the study</source>
            <translation>Exporter l'étude</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Adding videos…</source>
            <translation>Ajout des vidéos…</translation>
        </message>
        <message>
            <source>Reading {0} ({1} of {2})…</source>
            <translation>Lecture de {0} ({1} sur {2})…</translation>
        </message>
        <message>
            <source>Saving the study…</source>
            <translation>Enregistrement de l'étude…</translation>
        </message>
        <message>
            <source>The videos were not added</source>
            <translation>Les vidéos n'ont pas été ajoutées</translation>
        </message>
        <message>
            <source>{0} video(s) added.</source>
            <translation>{0} vidéo(s) ajoutée(s).</translation>
        </message>
        <message>
            <source>Every video has been considered by a draw already.</source>
            <translation>Chaque vidéo a déjà fait partie d'un tirage.</translation>
        </message>
        <message>
            <source>Draw the reliability sample</source>
            <translation>Tirer l'échantillon de fidélité</translation>
        </message>
        <message>
            <source>Draw among the {0} video(s) not yet considered, with seed {1}, so that at least {2} of all videos are double-coded?

Earlier picks never change.</source>
            <translation>Tirer parmi les {0} vidéo(s) pas encore prise(s) en compte, avec la graine {1}, de sorte qu'au moins {2} de toutes les vidéos soient codées en double ?

Les tirages antérieurs ne changent jamais.</translation>
        </message>
        <message>
            <source>The sample was not drawn</source>
            <translation>L'échantillon n'a pas été tiré</translation>
        </message>
        <message>
            <source>Exporting the complete primary codings…</source>
            <translation>Export des codages principaux terminés…</translation>
        </message>
        <message>
            <source>The study was not exported</source>
            <translation>L'étude n'a pas été exportée</translation>
        </message>
        <message>
            <source>Nothing exported</source>
            <translation>Rien n'a été exporté</translation>
        </message>
        <message>
            <source>No primary coding is complete yet.</source>
            <translation>Aucun codage principal n'est encore terminé.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>{0} complete primary coding(s) and {1} reliability pair(s) written to {2}.</source>
            <translation>{0} codage(s) principal(aux) terminé(s) et {1} paire(s) de fidélité écrit(s) dans {2}.</translation>
        </message>
        <message>
            <source>Open study (its folder)</source>
            <translation>Ouvrir une étude (son dossier)</translation>
        </message>
        <message>
            <source>Not a study</source>
            <translation>Pas une étude</translation>
        </message>
        <message>
            <source>{0} has no {1}.</source>
            <translation>{0} ne contient pas de fichier {1}.</translation>
        </message>
        <message>
            <source>{0} and {1} more</source>
            <translation>{0} et {1} de plus</translation>
        </message>
        <message>
            <source>Choose who you are (You are: …) to see your codings.</source>
            <translation>Choisissez qui vous êtes (Vous êtes : …) pour voir vos codages.</translation>
        </message>
        <message>
            <source>{0} has no coding assigned yet.</source>
            <translation>Aucun codage n'est encore attribué à {0}.</translation>
        </message>
        <message>
            <source>Resolve the conflict of {0}: double-click it to compare the two copies and keep one.</source>
            <translation>Résolvez le conflit de {0} : double-cliquez dessus pour comparer les deux copies et en conserver une.</translation>
        </message>
        <message>
            <source>Go on with {0} (double-click); when a coding is done, Session → Mark coding complete.</source>
            <translation>Poursuivez {0} (double-clic) ; une fois un codage fini : Séance → Marquer le codage comme terminé.</translation>
        </message>
        <message>
            <source>Open your next coding: {0} (double-click it).</source>
            <translation>Ouvrez votre prochain codage : {0} (double-cliquez dessus).</translation>
        </message>
        <message>
            <source>All {0} of your codings are complete.</source>
            <translation>Vos {0} codages sont tous terminés.</translation>
        </message>
        <message>
            <source>Add the study's videos (Add videos…).</source>
            <translation>Ajoutez les vidéos de l'étude (Ajouter des vidéos…).</translation>
        </message>
        <message>
            <source>Draw the reliability sample (Draw reliability sample…): {0} video(s) not yet considered.</source>
            <translation>Tirez l'échantillon de fidélité (Tirer l'échantillon de fidélité…) : {0} vidéo(s) pas encore prise(s) en compte.</translation>
        </message>
        <message>
            <source>{0} coding(s) in conflict: they are in no export until resolved.</source>
            <translation>{0} codage(s) en conflit : ils n'entrent dans aucun export tant que le conflit n'est pas résolu.</translation>
        </message>
        <message>
            <source>Every primary coding is complete: Agreement… ({0} pair(s)), then Export….</source>
            <translation>Tous les codages principaux sont terminés : Accord… ({0} paire(s)), puis Exporter….</translation>
        </message>
        <message>
            <source>{0} of {1} primary codings complete; {2} double-coded pair(s) can be compared now (Agreement…).</source>
            <translation>{0} codage(s) principal(aux) sur {1} terminé(s) ; {2} paire(s) codée(s) en double peuvent être comparée(s) dès maintenant (Accord…).</translation>
        </message>
        <message>
            <source>{0} of {1} primary codings complete; agreement needs a double-coded video whose two codings are complete.</source>
            <translation>{0} codage(s) principal(aux) sur {1} terminé(s) ; le calcul de l'accord nécessite une vidéo codée en double dont les deux codages sont terminés.</translation>
        </message>
    </context>
    <context>
        <name>unsaved_imports</name>
        <message>
            <source>The session imported from {0}</source>
            <translation>La séance importée de {0}</translation>
        </message>
        <message>
            <source>(last change {0})</source>
            <translation>(dernière modification {0})</translation>
        </message>
        <message>
            <source>Cannot recover the session</source>
            <translation>Impossible de récupérer la séance</translation>
        </message>
        <message>
            <source>{0}

The journal was kept as {1}.</source>
            <translation>{0}

Le journal a été conservé sous {1}.</translation>
        </message>
        <message>
            <source>Recovered import of {0}</source>
            <translation>Import récupéré de {0}</translation>
        </message>
        <message>
            <source>Recovered the unsaved session imported from {0}; save it.</source>
            <translation>La séance non enregistrée importée de {0} a été récupérée ; enregistrez-la.</translation>
        </message>
    </context>
    <context>
        <name>workbook</name>
        <message>
            <source>not coded</source>
            <translation>non codé</translation>
        </message>
        <message>
            <source>Bands after Landis &amp; Koch (1977) describe κ; they are not a verdict. With a tolerance, κ may rise or fall; percent agreement never falls.</source>
            <translation>Les catégories de Landis &amp; Koch (1977) décrivent κ ; elles ne constituent pas un verdict. Avec une tolérance, κ peut augmenter ou diminuer ; le pourcentage d'accord ne diminue jamais.</translation>
        </message>
        <message>
            <source>ICC(2,1): two-way random effects, absolute agreement, single rater (Shrout &amp; Fleiss 1979); 95% CI after McGraw &amp; Wong (1996). Words after Koo &amp; Li (2016): poor below .50, moderate to .75, good to .90, excellent above; a description, not a verdict.</source>
            <translation>ICC(2,1) : modèle à deux facteurs à effets aléatoires, accord absolu, évaluateur unique (Shrout &amp; Fleiss 1979) ; IC à 95 % selon McGraw &amp; Wong (1996). Qualificatifs selon Koo &amp; Li (2016) : médiocre en dessous de 0,50, modéré jusqu'à 0,75, bon jusqu'à 0,90, excellent au-delà ; une description, pas un verdict.</translation>
        </message>
        <message>
            <source>A pair with κ undefined (nothing to compare, or one category throughout) is left out of the mean, minimum and maximum of its column.</source>
            <translation>Une paire dont le κ n'est pas défini (rien à comparer, ou une seule catégorie de bout en bout) est exclue de la moyenne, du minimum et du maximum de sa colonne.</translation>
        </message>
        <message>
            <source>κ (time units)</source>
            <extracomment>Readable headers for the pairs' ``LAYER.figure`` columns.</extracomment>
            <translation>κ (unités de temps)</translation>
        </message>
        <message>
            <source>κ (events)</source>
            <translation>κ (événements)</translation>
        </message>
        <message>
            <source>% agreement (time units)</source>
            <translation>% d'accord (unités de temps)</translation>
        </message>
        <message>
            <source>% linked (events)</source>
            <translation>% appariés (événements)</translation>
        </message>
        <message>
            <source>time units</source>
            <translation>unités de temps</translation>
        </message>
        <message>
            <source>events</source>
            <translation>événements</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>couche</translation>
        </message>
        <message>
            <source>basis</source>
            <translation>base</translation>
        </message>
        <message>
            <source>95% CI low</source>
            <translation>IC à 95 % borne inf.</translation>
        </message>
        <message>
            <source>95% CI high</source>
            <translation>IC à 95 % borne sup.</translation>
        </message>
        <message>
            <source>band</source>
            <translation>catégorie</translation>
        </message>
        <message>
            <source>κ max</source>
            <translation>κ max</translation>
        </message>
        <message>
            <source>observed agreement p_o</source>
            <translation>accord observé p_o</translation>
        </message>
        <message>
            <source>chance agreement p_e</source>
            <translation>accord aléatoire p_e</translation>
        </message>
        <message>
            <source>% agreement</source>
            <translation>% d'accord</translation>
        </message>
        <message>
            <source>% linked</source>
            <translation>% appariés</translation>
        </message>
        <message>
            <source>mean |onset difference| (s)</source>
            <translation>|écart de début| moyen (s)</translation>
        </message>
        <message>
            <source>set aside</source>
            <translation>mis de côté</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>exclus</translation>
        </message>
        <message>
            <source>first coding (A, rows)</source>
            <translation>premier codage (A, lignes)</translation>
        </message>
        <message>
            <source>second coding (B, columns)</source>
            <translation>second codage (B, colonnes)</translation>
        </message>
        <message>
            <source>duration A (s)</source>
            <translation>durée A (s)</translation>
        </message>
        <message>
            <source>duration B (s)</source>
            <translation>durée B (s)</translation>
        </message>
        <message>
            <source>common span (s)</source>
            <translation>période commune (s)</translation>
        </message>
        <message>
            <source>time unit</source>
            <translation>unité de temps</translation>
        </message>
        <message>
            <source>time unit (s)</source>
            <translation>unité de temps (s)</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>tolérance</translation>
        </message>
        <message>
            <source>tolerance (units)</source>
            <translation>tolérance (unités)</translation>
        </message>
        <message>
            <source>time unit rule</source>
            <translation>règle des unités de temps</translation>
        </message>
        <message>
            <source>tolerance rule</source>
            <translation>règle de tolérance</translation>
        </message>
        <message>
            <source>event alignment</source>
            <translation>alignement des événements</translation>
        </message>
        <message>
            <source>event alignment, in words</source>
            <translation>alignement des événements, en clair</translation>
        </message>
        <message>
            <source>onset tolerance (s)</source>
            <translation>tolérance sur le début (s)</translation>
        </message>
        <message>
            <source>overlap to link states</source>
            <translation>chevauchement pour apparier les états</translation>
        </message>
        <message>
            <source>window to link points (s)</source>
            <translation>fenêtre pour apparier les instants (s)</translation>
        </message>
        <message>
            <source>excluded rule</source>
            <translation>règle d'exclusion</translation>
        </message>
        <message>
            <source>excluded rule, in words</source>
            <translation>règle d'exclusion, en clair</translation>
        </message>
        <message>
            <source>{0} (only A)</source>
            <translation>{0} (A seulement)</translation>
        </message>
        <message>
            <source>{0} (only B)</source>
            <translation>{0} (B seulement)</translation>
        </message>
        <message>
            <source>codes left out of {0}</source>
            <translation>codes exclus de {0}</translation>
        </message>
        <message>
            <source>{0}: episodes under one unit</source>
            <translation>{0} : épisodes de moins d'une unité</translation>
        </message>
        <message>
            <source>layer left out</source>
            <translation>couche exclue</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>avertissement</translation>
        </message>
        <message>
            <source>the code at each unit's midpoint; a partial last unit dropped</source>
            <translation>le code au milieu de chaque unité ; une dernière unité incomplète est écartée</translation>
        </message>
        <message>
            <source>symmetric: a unit forgiven by both labels counts half for each</source>
            <translation>symétrique : une unité tolérée pour les deux codes compte pour moitié pour chacun</translation>
        </message>
        <message>
            <source>rating item</source>
            <translation>item de cotation</translation>
        </message>
        <message>
            <source>Summary</source>
            <extracomment>the sheets, as English names; :func:`sheet_name` gives each in the workbook's language, except the data tables, which keep their English names (scripts read them by name)</extracomment>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>paramètre</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
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
            <translation>n les deux</translation>
        </message>
        <message>
            <source>Per-code</source>
            <translation>Par code</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>start</source>
            <translation>début</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>start (s)</source>
            <translation>début (s)</translation>
        </message>
        <message>
            <source>end (s)</source>
            <translation>fin (s)</translation>
        </message>
        <message>
            <source>duration (s)</source>
            <translation>durée (s)</translation>
        </message>
        <message>
            <source>code A</source>
            <translation>code A</translation>
        </message>
        <message>
            <source>code B</source>
            <translation>code B</translation>
        </message>
        <message>
            <source>forgiven by tolerance</source>
            <translation>toléré</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>Désaccords</translation>
        </message>
        <message>
            <source>{0}, {1}: rows {2} (A), columns {3} (B)</source>
            <translation>{0}, {1} : lignes {2} (A), colonnes {3} (B)</translation>
        </message>
        <message>
            <source>Confusion matrices</source>
            <translation>Matrices de confusion</translation>
        </message>
        <message>
            <source>dyad ID</source>
            <translation>identifiant de la dyade</translation>
        </message>
        <message>
            <source>session date</source>
            <translation>date de la séance</translation>
        </message>
        <message>
            <source>file A</source>
            <translation>fichier A</translation>
        </message>
        <message>
            <source>file B</source>
            <translation>fichier B</translation>
        </message>
        <message>
            <source>coder A</source>
            <translation>codeur/codeuse A</translation>
        </message>
        <message>
            <source>coder B</source>
            <translation>codeur/codeuse B</translation>
        </message>
        <message>
            <source>problem</source>
            <translation>problème</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <source>minimum</source>
            <translation>minimum</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>maximum</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Paires</translation>
        </message>
        <message>
            <source>κ undefined in: {0}.</source>
            <translation>κ non défini dans : {0}.</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>mesure</translation>
        </message>
        <message>
            <source>pairs</source>
            <translation>paires</translation>
        </message>
        <message>
            <source>mean A</source>
            <translation>moyenne A</translation>
        </message>
        <message>
            <source>mean B</source>
            <translation>moyenne B</translation>
        </message>
        <message>
            <source>Unpaired</source>
            <translation>Non appariés</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>dossier</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>raison</translation>
        </message>
        <message>
            <source>GSEQ's (Bakeman, Quera &amp; Gnisci 2009), onset tolerance {0}</source>
            <translation>selon GSEQ (Bakeman, Quera &amp; Gnisci 2009), tolérance sur le début {0}</translation>
        </message>
        <message>
            <source>by overlap (states at ≥ {0} of the longer one, points within {1})</source>
            <translation>par chevauchement (états à ≥ {0} du plus long, instants à moins de {1})</translation>
        </message>
        <message>
            <source>Settings: time unit {0} (the code at each unit's midpoint), tolerance {1} (symmetric), event alignment {2}, excluded rule {3}.</source>
            <translation>Paramètres : unité de temps {0} (le code au milieu de chaque unité), tolérance {1} (symétrique), alignement des événements {2}, règle d'exclusion {3}.</translation>
        </message>
        <message>
            <source>trainee</source>
            <translation>personne en formation</translation>
        </message>
        <message>
            <source>criterion</source>
            <translation>critère</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>réussi</translation>
        </message>
        <message>
            <source>codes below criterion</source>
            <translation>codes sous le critère</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>En formation</translation>
        </message>
        <message>
            <source>reference: {0}</source>
            <translation>référence : {0}</translation>
        </message>
        <message>
            <source>Settings: time unit {0}, tolerance {1} = {2} unit(s) (symmetric), {3}, excluded rule {4} ({5}).</source>
            <translation>Paramètres : unité de temps {0}, tolérance {1} = {2} unité(s) (symétrique), {3}, règle d'exclusion {4} ({5}).</translation>
        </message>
        <message>
            <source>n reference</source>
            <translation>n référence</translation>
        </message>
        <message>
            <source>n trainee</source>
            <translation>n en formation</translation>
        </message>
        <message>
            <source> and </source>
            <extracomment>A proportion difference is shown as percentage points: the cell holds it × 100, and the column name says so (sessions.csv keeps the raw difference under the plain name). Numeric columns of the Sessions sheet are as wide as their numbers, their long names wrapped over up to this many lines: at the names' width (up to 40 characters) the sheet printed across 20 pages for 20 sessions.</extracomment>
            <translation> et </translation>
        </message>
        <message>
            <source>(export with a CSV folder, e.g. --csv DIR, to get it)</source>
            <translation>(exportez avec un dossier CSV, p. ex. --csv DIR, pour l'obtenir)</translation>
        </message>
        <message>
            <source>{0} continue on {1}; the CSV holds the whole table {2}</source>
            <translation>{0} se poursuit dans {1} ; le CSV contient la table complète {2}</translation>
        </message>
        <message>
            <source>schemes</source>
            <translation>grilles</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>séances</translation>
        </message>
        <message>
            <source>no problems</source>
            <translation>aucun problème</translation>
        </message>
        <message>
            <source>(no sessions)</source>
            <translation>(aucune séance)</translation>
        </message>
        <message>
            <source>{0} session(s) exported; problems are listed on the Problems sheet.</source>
            <translation>{0} séance(s) exportée(s) ; les problèmes sont listés dans la feuille « Problems ».</translation>
        </message>
        <message>
            <source>the Sessions sheet prints each session's headline figures</source>
            <translation>la feuille « Sessions » imprime les principaux résultats de chaque séance</translation>
        </message>
        <message>
            <source>each session's own workbook prints them as a Timeline score</source>
            <translation>le classeur propre à chaque séance les imprime sous forme de partition dans la feuille « Frise chronologique »</translation>
        </message>
        <message>
            <source>Notes and modifiers</source>
            <translation>Notes et modificateurs</translation>
        </message>
        <message>
            <source>Notes and modifiers — what the coder saw</source>
            <translation>Notes et modificateurs — ce que le codeur ou la codeuse a observé</translation>
        </message>
        <message>
            <source>{0} episode(s) with a note or a modifier</source>
            <translation>{0} épisode(s) avec une note ou un modificateur</translation>
        </message>
        <message>
            <source>; {0} modifier(s) not coded</source>
            <translation> ; {0} modificateur(s) non codé(s)</translation>
        </message>
        <message>
            <source>; free-text notes left out (--no-notes).</source>
            <translation> ; notes en texte libre omises (--no-notes).</translation>
        </message>
        <message>
            <source>No episode has a note or a modifier.</source>
            <translation>Aucun épisode n'a de note ni de modificateur.</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Couche</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Modifiers</source>
            <translation>Modificateurs</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Frise chronologique</translation>
        </message>
        <message>
            <source>Transitions</source>
            <translation>Transitions</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>Manuel de codage</translation>
        </message>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <source>This workbook identifies the session by its pseudonymous IDs (dyad, coder, date) and its session key, never by a file name; it holds no video and no video or folder path.</source>
            <extracomment>sheets R and SPSS scripts read: their names and column names stay English identifiers</extracomment>
            <translation>Ce classeur identifie la séance par ses identifiants pseudonymes (dyade, codeur/codeuse, date) et par sa clé de séance, jamais par un nom de fichier ; il ne contient aucune vidéo ni aucun chemin de vidéo ou de dossier.</translation>
        </message>
        <message>
            <source>Column names stay English identifiers so R and SPSS scripts keep working: the sheets {0} keep their English names and columns, as do the CSV files; measure names and units below are those identifiers.</source>
            <translation>Les noms de colonnes restent des identifiants anglais afin que les scripts R et SPSS continuent de fonctionner : les feuilles {0} conservent leurs noms et colonnes anglais, de même que les fichiers CSV ; les noms et unités des mesures ci-dessous sont ces identifiants.</translation>
        </message>
        <message>
            <source>About this workbook</source>
            <translation>À propos de ce classeur</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Créé avec</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Coding scheme</source>
            <translation>Grille de codage</translation>
        </message>
        <message>
            <source>Free-text notes</source>
            <translation>Notes en texte libre</translation>
        </message>
        <message>
            <source>included</source>
            <translation>incluses</translation>
        </message>
        <message>
            <source>left out (--no-notes)</source>
            <translation>omises (--no-notes)</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <source>Column names</source>
            <translation>Noms de colonnes</translation>
        </message>
        <message>
            <source>On paper</source>
            <translation>Sur papier</translation>
        </message>
        <message>
            <source>The measures (docs/metrics.md explains each with a worked example)</source>
            <translation>Les mesures (docs/metrics.md explique chacune à l'aide d'un exemple détaillé)</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unité</translation>
        </message>
        <message>
            <source>definition</source>
            <translation>définition</translation>
        </message>
        <message>
            <source>{0}, version {1}</source>
            <translation>{0}, version {1}</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Fidélité</translation>
        </message>
        <message>
            <source>Double-coded videos with both codings complete (not in the analysis tables)</source>
            <translation>Vidéos codées en double dont les deux codages sont terminés (absentes des tables d'analyse)</translation>
        </message>
        <message>
            <source>dyad_id</source>
            <translation>identifiant de la dyade</translation>
        </message>
        <message>
            <source>session_date</source>
            <translation>date de la séance</translation>
        </message>
        <message>
            <source>primary</source>
            <translation>codage principal</translation>
        </message>
        <message>
            <source>reliability</source>
            <translation>codage de fidélité</translation>
        </message>
        <message>
            <source>completed_at</source>
            <translation>terminé le</translation>
        </message>
        <message>
            <source>{0}: κ time units</source>
            <translation>{0} : κ unités de temps</translation>
        </message>
        <message>
            <source>{0}: κ events</source>
            <translation>{0} : κ événements</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>non comparé</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucune pour l'instant</translation>
        </message>
        <message>
            <source>Pooled, per layer (95% CIs: percentile bootstrap over videos)</source>
            <translation>Agrégé, par couche (IC à 95 % : bootstrap par percentiles sur les vidéos)</translation>
        </message>
        <message>
            <source>κ undefined</source>
            <translation>κ non défini</translation>
        </message>
        <message>
            <source>mean κ time units</source>
            <translation>κ moyen unités de temps</translation>
        </message>
        <message>
            <source>mean κ events</source>
            <translation>κ moyen événements</translation>
        </message>
        <message>
            <source>pooled κ time units</source>
            <translation>κ agrégé unités de temps</translation>
        </message>
        <message>
            <source>ICC(2,1) between the two codings over the pairs (95% CI: McGraw &amp; Wong 1996)</source>
            <translation>ICC(2,1) entre les deux codages sur l'ensemble des paires (IC à 95 % : McGraw &amp; Wong 1996)</translation>
        </message>
        <message>
            <source>gseq (Bakeman, Quera &amp; Gnisci 2009), onset tolerance {0}</source>
            <translation>gseq (Bakeman, Quera &amp; Gnisci 2009), tolérance sur le début {0}</translation>
        </message>
        <message>
            <source>overlap (≥ {0} of the longer state; points within {1})</source>
            <translation>chevauchement (≥ {0} de l'état le plus long ; instants à moins de {1})</translation>
        </message>
        <message>
            <source>Settings: unit {0}, tolerance {1} (symmetric), event alignment {2}, excluded rule {3}; bootstrap: {4} resamples of the videos, seed {5}.</source>
            <translation>Paramètres : unité {0}, tolérance {1} (symétrique), alignement des événements {2}, règle d'exclusion {3} ; bootstrap : {4} rééchantillonnages des vidéos, graine {5}.</translation>
        </message>
        <message>
            <source>A pair's κ CI treats its units as independent (Fleiss, Cohen &amp; Everitt 1969), so it is too narrow; a pair with κ undefined is left out of the mean ({0} here).</source>
            <translation>L'IC du κ d'une paire traite ses unités comme indépendantes (Fleiss, Cohen &amp; Everitt 1969) et est donc trop étroit ; une paire dont le κ n'est pas défini est exclue de la moyenne ({0} ici).</translation>
        </message>
        <message>
            <source>A pair's κ CI treats its units as independent (Fleiss, Cohen &amp; Everitt 1969), so it is too narrow; a pair with κ undefined is left out of the mean.</source>
            <translation>L'IC du κ d'une paire traite ses unités comme indépendantes (Fleiss, Cohen &amp; Everitt 1969) et est donc trop étroit ; une paire dont le κ n'est pas défini est exclue de la moyenne.</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Dérive</translation>
        </message>
        <message>
            <source>{0} rolling κ</source>
            <translation>κ glissant {0}</translation>
        </message>
        <message>
            <source>pair</source>
            <translation>paire</translation>
        </message>
        <message>
            <source>Observer drift: rolling mean κ of the last five pairs</source>
            <translation>Dérive des observateurs : κ moyen glissant des cinq dernières paires</translation>
        </message>
        <message>
            <source>reliability pair (by completion)</source>
            <translation>paire de fidélité (par ordre d'achèvement)</translation>
        </message>
        <message>
            <source>coder</source>
            <translation>codeur/codeuse</translation>
        </message>
        <message>
            <source>rolling κ</source>
            <translation>κ glissant</translation>
        </message>
        <message>
            <source>slope per 30 days</source>
            <translation>pente sur 30 jours</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>signal</translation>
        </message>
        <message>
            <source>skipped: {0}</source>
            <translation>ignoré : {0}</translation>
        </message>
        <message>
            <source>below criterion</source>
            <translation>sous le critère</translation>
        </message>
        <message>
            <source>no complete pair yet</source>
            <translation>aucune paire terminée pour l'instant</translation>
        </message>
        <message>
            <source>Proportion attuned</source>
            <extracomment>RowSheet and write_transitions lived here; they stay importable from this module labels in English, marked for translation; shown through ``translate("workbook", …)``</extracomment>
            <translation>Proportion de temps accordé</translation>
        </message>
        <message>
            <source>Proportion misattuned</source>
            <translation>Proportion de temps désaccordé</translation>
        </message>
        <message>
            <source>Proportion repair</source>
            <translation>Proportion de temps en réparation</translation>
        </message>
        <message>
            <source>Ruptures</source>
            <translation>Ruptures</translation>
        </message>
        <message>
            <source>Proportion repaired</source>
            <translation>Proportion de ruptures réparées</translation>
        </message>
        <message>
            <source>Median time to repair (s)</source>
            <translation>Délai médian de réparation (s)</translation>
        </message>
        <message>
            <source>attachcoder — session summary</source>
            <translation>attachcoder — résumé de la séance</translation>
        </message>
        <message>
            <source>Session key</source>
            <translation>Clé de séance</translation>
        </message>
        <message>
            <source>Dyad ID</source>
            <translation>Identifiant de la dyade</translation>
        </message>
        <message>
            <source>Coder ID</source>
            <translation>Identifiant du codeur/de la codeuse</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Date de la séance</translation>
        </message>
        <message>
            <source>Infant age (months)</source>
            <translation>Âge du bébé (mois)</translation>
        </message>
        <message>
            <source>Corrected age</source>
            <translation>Âge corrigé</translation>
        </message>
        <message>
            <source>Caregiver role</source>
            <translation>Rôle du parent</translation>
        </message>
        <message>
            <source>Scheme</source>
            <translation>Grille</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Observé</translation>
        </message>
        <message>
            <source>Episodes</source>
            <translation>Épisodes</translation>
        </message>
        <message>
            <source>Episodes crossing a phase boundary</source>
            <translation>Épisodes chevauchant une limite de phase</translation>
        </message>
        <message>
            <source>Coverage ({0})</source>
            <translation>Couverture ({0})</translation>
        </message>
        <message>
            <source>Uncoded gaps &gt; 1 s ({0})</source>
            <translation>Intervalles non codés &gt; 1 s ({0})</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Avertissements</translation>
        </message>
        <message>
            <source>Notes on these figures</source>
            <translation>Remarques sur ces résultats</translation>
        </message>
        <message>
            <source>Session notes (the coder's)</source>
            <translation>Notes de séance (du codeur ou de la codeuse)</translation>
        </message>
        <message>
            <source>Duration (s)</source>
            <extracomment>The Summary's headline table, column by column: (label, measure or key, number format). The counts proportion repaired is made of stand beside it (repaired of resolved, and the unresolved ones left out), so a reader sees "100 %" is 1 of 1 and not 40 of 40.</extracomment>
            <translation>Durée (s)</translation>
        </message>
        <message>
            <source>Codable time (s)</source>
            <translation>Temps codable (s)</translation>
        </message>
        <message>
            <source>Repaired</source>
            <translation>Réparées</translation>
        </message>
        <message>
            <source>Resolved (repaired or not)</source>
            <translation>Résolues (réparées ou non)</translation>
        </message>
        <message>
            <source>Unresolved (left out)</source>
            <translation>Non résolues (exclues)</translation>
        </message>
        <message>
            <source>mother</source>
            <extracomment>the caregiver roles the window offers, kept in English in the file</extracomment>
            <translation>mère</translation>
        </message>
        <message>
            <source>father</source>
            <translation>père</translation>
        </message>
        <message>
            <source>other caregiver</source>
            <translation>autre figure parentale</translation>
        </message>
        <message>
            <source>Headline measures by phase</source>
            <extracomment>where the chart stands: right of the label–value pairs (columns A–B, their text running into C–F: "observed to 00:01:00.000 of 00:04:00.000 (25 %)" needs more than B–E, and under a chart at E3 the share was hidden), from the third row; 14 cm wide and 6.5 cm high it spans columns G–L and rows 3–16 where the chart finds the three proportions (1-based columns of the headline table)</extracomment>
            <translation>Mesures principales par phase</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Proportions are of codable time (uncodable time left out). Proportion repaired = repaired / resolved: a rupture the end of its phase cuts off (unresolved) says nothing either way. No proportion is a pass mark: read the proportion attuned beside the repair measures.</source>
            <translation>Les proportions portent sur le temps codable (le temps non codable est exclu). Proportion de ruptures réparées = réparées / résolues : une rupture interrompue par la fin de sa phase (non résolue) n'indique rien dans un sens ni dans l'autre. Aucune proportion n'est un seuil de réussite : lisez la proportion de temps accordé en regard des mesures de réparation.</translation>
        </message>
        <message>
            <source>{0}: not coded</source>
            <translation>{0} : non codé</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Réussies</translation>
        </message>
        <message>
            <source>Proportion successful</source>
            <translation>Proportion réussie</translation>
        </message>
        <message>
            <source>Repair attempts by phase</source>
            <translation>Tentatives de réparation par phase</translation>
        </message>
        <message>
            <source>Proportion of codable time, by phase</source>
            <translation>Proportion du temps codable, par phase</translation>
        </message>
        <message>
            <source>proportion</source>
            <translation>proportion</translation>
        </message>
        <message>
            <source>Still-face effect and reunion carry-over</source>
            <translation>Effet du visage impassible et effet résiduel aux retrouvailles</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Still-face
− play</source>
            <translation>Visage impassible
− jeu</translation>
        </message>
        <message>
            <source>Reunion
− play</source>
            <translation>Retrouvailles
− jeu</translation>
        </message>
        <message>
            <source>{0} (percentage points)</source>
            <translation>{0} (points de pourcentage)</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Cotations</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Cotation</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <source>{0} to {1}</source>
            <translation>{0} à {1}</translation>
        </message>
        <message>
            <source>Uncoded gaps longer than 1 s</source>
            <translation>Intervalles non codés de plus de 1 s</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <source>… and {0} more (from {1})</source>
            <translation>… et {0} de plus (à partir de {1})</translation>
        </message>
        <message>
            <source>{0}: {1} rows for analysis, not printed ({2}). To print them, select the sheet and clear its print area (Page Layout → Print Area → Clear).</source>
            <extracomment>The per-session sheet also shows onset and offset as hh:mm:ss.mmm (Excel times).</extracomment>
            <translation>{0} : {1} lignes destinées à l'analyse, non imprimées ({2}). Pour les imprimer, sélectionnez la feuille et annulez sa zone d'impression (Mise en page → Zone d'impression → Annuler).</translation>
        </message>
        <message>
            <source>the Summary prints its figures</source>
            <translation>le Résumé en imprime les résultats</translation>
        </message>
        <message>
            <source>the Timeline prints them as a score</source>
            <translation>la Frise chronologique les imprime sous forme de partition</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>layer_role</source>
            <translation>rôle de la couche</translation>
        </message>
        <message>
            <source>key</source>
            <translation>touche</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>couleur</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rôle</translation>
        </message>
        <message>
            <source>modifiers</source>
            <translation>modificateurs</translation>
        </message>
        <message>
            <source>asks_note</source>
            <translation>demande une note</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>max</source>
            <translation>max</translation>
        </message>
        <message>
            <source>Timeline — {0}</source>
            <extracomment>the mark of a cell that also holds an episode its colour does not show</extracomment>
            <translation>Frise chronologique — {0}</translation>
        </message>
        <message>
            <source>Timeline: one row per minute, one cell per second</source>
            <translation>Frise chronologique : une ligne par minute, une cellule par seconde</translation>
        </message>
        <message>
            <source>Each cell shows the code at the middle of its second; {0} marks a second that also holds an episode too short to show (see the Episodes sheet).</source>
            <translation>Chaque cellule affiche le code au milieu de sa seconde ; {0} signale une seconde qui contient aussi un épisode trop court pour être affiché (voir la feuille « Episodes »).</translation>
        </message>
        <message>
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <source>Grey: Yule's Q from a 2×2 table with a cell under {0} transitions — too few to read as a finding (Bakeman &amp; Quera 2011); the counts above say how few.</source>
            <extracomment>a Yule's Q from too few transitions: shown, but greyed</extracomment>
            <translation>En gris : Q de Yule issu d'un tableau 2×2 dont une cellule compte moins de {0} transitions — trop peu pour être interprété comme un résultat (Bakeman &amp; Quera 2011) ; les effectifs ci-dessus indiquent combien.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>ensemble</translation>
        </message>
        <message>
            <source>Lag-1 transitions between interaction codes</source>
            <translation>Transitions de décalage 1 (lag-1) entre codes d'interaction</translation>
        </message>
        <message>
            <source>Rows are the earlier code i, columns the next code j. Chains stay inside a phase; an uncodable episode or an uncoded gap breaks them.</source>
            <translation>Les lignes sont le code antérieur i, les colonnes le code suivant j. Les chaînes restent à l'intérieur d'une phase ; un épisode non codable ou un intervalle non codé les interrompt.</translation>
        </message>
        <message>
            <source>The scheme has no interaction layer: there are no transitions.</source>
            <translation>La grille n'a pas de couche d'interaction : il n'y a pas de transitions.</translation>
        </message>
        <message>
            <source>Counts n(i → j)</source>
            <translation>Effectifs n(i → j)</translation>
        </message>
        <message>
            <source>p(j | i)</source>
            <translation>p(j | i)</translation>
        </message>
        <message>
            <source>Yule's Q</source>
            <translation>Q de Yule</translation>
        </message>
        <message>
            <source>{0}: from \ to</source>
            <translation>{0} : de \ vers</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>Phase: {0}</source>
            <translation>Phase : {0}</translation>
        </message>
    </context>
</TS>
