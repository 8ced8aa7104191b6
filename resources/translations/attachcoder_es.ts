<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Study agreement</source>
            <translation>Acuerdo del estudio</translation>
        </message>
        <message>
            <source>{0}, onset tolerance {1}</source>
            <translation>{0}, tolerancia de inicio {1}</translation>
        </message>
        <message>
            <source>{0} double-coded video(s) with both codings complete. Unit {1}, tolerance {2} (symmetric), event alignment {3}, excluded rule {4}. 95% CIs of the pooled and mean κ: bootstrap over videos (seed {5}); of a pair's κ: treating its units as independent.</source>
            <translation>{0} video(s) con doble codificación y ambas codificaciones completas. Unidad {1}, tolerancia {2} (simétrica), alineación de eventos {3}, regla de exclusión {4}. IC del 95 % del κ agrupado y del κ medio: bootstrap sobre los videos (semilla {5}); del κ de un par: tratando sus unidades como independientes.</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Capa</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Pares</translation>
        </message>
        <message>
            <source>κ undefined</source>
            <translation>κ indefinido</translation>
        </message>
        <message>
            <source>Mean κ (time units)</source>
            <translation>κ medio (unidades de tiempo)</translation>
        </message>
        <message>
            <source>95% CI</source>
            <translation>IC 95 %</translation>
        </message>
        <message>
            <source>Mean κ (events)</source>
            <translation>κ medio (eventos)</translation>
        </message>
        <message>
            <source>Pooled κ (time units)</source>
            <translation>κ agrupado (unidades de tiempo)</translation>
        </message>
        <message>
            <source>Pooled</source>
            <translation>Agrupado</translation>
        </message>
        <message>
            <source>Dyad</source>
            <translation>Díada</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Fiabilidad</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completada</translation>
        </message>
        <message>
            <source>κ (headline layer)</source>
            <translation>κ (capa principal)</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Deriva</translation>
        </message>
        <message>
            <source>Copy methods text</source>
            <translation>Copiar texto de métodos</translation>
        </message>
        <message>
            <source>Copy the reliability paragraph of a methods section, written from these figures (as `attachcoder study agreement DIR --methods` prints it; in English)</source>
            <translation>Copie el párrafo de fiabilidad de una sección de métodos, redactado a partir de estas cifras (tal como lo imprime `attachcoder study agreement DIR --methods`; en inglés)</translation>
        </message>
        <message>
            <source>Copied ✓</source>
            <translation>Copiado ✓</translation>
        </message>
    </context>
    <context>
        <name>BatchExportDialog</name>
        <message>
            <source>Batch export</source>
            <translation>Exportación por lotes</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Añadir archivos…</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Añadir carpeta…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>the workbook to write (.xlsx)</source>
            <translation>el libro de trabajo que se escribirá (.xlsx)</translation>
        </message>
        <message>
            <source>Also write CSV files to</source>
            <translation>Escribir también archivos CSV en</translation>
        </message>
        <message>
            <source>Include the coders' notes</source>
            <translation>Incluir las notas de los codificadores</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Workbook</source>
            <translation>Libro de trabajo</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Session files and folders (folders are searched for .acs):</source>
            <translation>Archivos y carpetas de sesión (en las carpetas se buscan archivos .acs):</translation>
        </message>
        <message>
            <source>Add session files</source>
            <translation>Añadir archivos de sesión</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Add a folder of sessions</source>
            <translation>Añadir una carpeta de sesiones</translation>
        </message>
        <message>
            <source>Write the workbook</source>
            <translation>Escribir el libro de trabajo</translation>
        </message>
        <message>
            <source>Write CSV files into</source>
            <translation>Escribir los archivos CSV en</translation>
        </message>
        <message>
            <source>add session files or folders</source>
            <translation>añada archivos o carpetas de sesión</translation>
        </message>
        <message>
            <source>choose the workbook to write</source>
            <translation>elija el libro de trabajo que se escribirá</translation>
        </message>
        <message>
            <source>the folder {0} does not exist</source>
            <translation>la carpeta {0} no existe</translation>
        </message>
        <message>
            <source>choose the folder for the CSV files</source>
            <translation>elija la carpeta para los archivos CSV</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>Finding the session files…</source>
            <translation>Buscando los archivos de sesión…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Reading {0} ({1} of {2})…</source>
            <translation>Leyendo {0} ({1} de {2})…</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>Escribiendo el libro de trabajo…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Cancelado: no se escribió nada.</translation>
        </message>
        <message>
            <source>No session could be read, so nothing was written.</source>
            <translation>No se pudo leer ninguna sesión, así que no se escribió nada.</translation>
        </message>
        <message>
            <source>{0} session(s) from {1} file(s) written to {2}, and {3} CSV files.</source>
            <translation>{0} sesión(es) de {1} archivo(s) escrita(s) en {2}, y {3} archivos CSV.</translation>
        </message>
        <message>
            <source>{0} session(s) from {1} file(s) written to {2}.</source>
            <translation>{0} sesión(es) de {1} archivo(s) escrita(s) en {2}.</translation>
        </message>
        <message>
            <source>{0} file(s) could not be read; see below.</source>
            <translation>No se pudo leer {0} archivo(s); vea más abajo.</translation>
        </message>
        <message>
            <source>See the notes below.</source>
            <translation>Vea las notas más abajo.</translation>
        </message>
        <message>
            <source>No problems.</source>
            <translation>Sin problemas.</translation>
        </message>
        <message>
            <source>Nothing was written: {0}</source>
            <translation>No se escribió nada: {0}</translation>
        </message>
    </context>
    <context>
        <name>CameraRow</name>
        <message>
            <source>the video file</source>
            <translation>el archivo de video</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Where this video starts on the session clock (e.g. 400 when the second camera started 0.4 s after the first).</source>
            <translation>Dónde empieza este video en el reloj de la sesión (p. ej., 400 si la segunda cámara empezó 0,4 s después de la primera).</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>desfase</translation>
        </message>
        <message>
            <source>Choose the video</source>
            <translation>Elija el video</translation>
        </message>
        <message>
            <source>reading the video…</source>
            <translation>leyendo el video…</translation>
        </message>
        <message>
            <source>cannot use this video: {0}</source>
            <translation>no se puede usar este video: {0}</translation>
        </message>
        <message>
            <source>checksum done</source>
            <translation>suma de comprobación lista</translation>
        </message>
        <message>
            <source>computing the checksum…</source>
            <translation>calculando la suma de comprobación…</translation>
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
            <translation>Cargando la cámara 2…</translation>
        </message>
        <message>
            <source>File ▸ Locate camera 2 video…</source>
            <translation>Archivo ▸ Localizar el video de la cámara 2…</translation>
        </message>
        <message>
            <source>Camera 2, frame-locked to camera 1</source>
            <translation>Cámara 2, sincronizada fotograma a fotograma con la cámara 1</translation>
        </message>
        <message>
            <source>Camera 2 ({0}), frame-locked to camera 1; starts at {1} ms on the session clock</source>
            <translation>Cámara 2 ({0}), sincronizada fotograma a fotograma con la cámara 1; empieza en {1} ms del reloj de la sesión</translation>
        </message>
        <message>
            <source>Camera 2 not found: {0}</source>
            <translation>No se encontró la cámara 2: {0}</translation>
        </message>
    </context>
    <context>
        <name>CodeForm</name>
        <message>
            <source>One letter or digit; case does not matter; never a player key.</source>
            <translation>Una letra o un dígito; no distingue mayúsculas de minúsculas; nunca una tecla del reproductor.</translation>
        </message>
        <message>
            <source>What a coder must see to use this code</source>
            <translation>Lo que el codificador/a debe ver para usar este código</translation>
        </message>
        <message>
            <source>What the measures count this code as: attuned, misattuned (a rupture), repair, or excluded (left out of codable time).</source>
            <translation>Cómo cuentan las medidas este código: sintonizado, desintonizado (una ruptura), reparación o excluido (fuera del tiempo codificable).</translation>
        </message>
        <message>
            <source>e.g.  initiator: caregiver, infant, mutual</source>
            <translation>p. ej.  iniciador: cuidador, bebé, mutuo</translation>
        </message>
        <message>
            <source>Ask for a note when coded</source>
            <translation>Pedir una nota al codificar</translation>
        </message>
        <message>
            <source>Code name</source>
            <translation>Nombre del código</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definición</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Modifiers</source>
            <translation>Modificadores</translation>
        </message>
        <message>
            <source>{0} episode(s) of this code in the open session</source>
            <translation>{0} episodio(s) de este código en la sesión abierta</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>elegir…</translation>
        </message>
        <message>
            <source>Colour of {0}</source>
            <translation>Color de {0}</translation>
        </message>
        <message>
            <source>code {0}: {1}</source>
            <translation>código {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>CodingController</name>
        <message>
            <source>Mark {0} at {1}</source>
            <translation>Marcar {0} en {1}</translation>
        </message>
        <message>
            <source>Start {0} at {1}</source>
            <translation>Iniciar {0} en {1}</translation>
        </message>
        <message>
            <source>Stop {0} at {1}</source>
            <translation>Terminar {0} en {1}</translation>
        </message>
        <message>
            <source>{0} at {1} was not coded: {2}</source>
            <translation>{0} en {1} no se codificó: {2}</translation>
        </message>
        <message>
            <source>Not coded: the video is still loading; code when its first frame shows.</source>
            <translation>No codificado: el video todavía se está cargando; codifique cuando se vea su primer fotograma.</translation>
        </message>
        <message>
            <source>Not coded: the video cannot be played ({0}): choose a good copy with File ▸ Locate video…. The table can still be edited.</source>
            <translation>No codificado: el video no se puede reproducir ({0}): elija una copia en buen estado con Archivo ▸ Localizar video…. La tabla se puede seguir editando.</translation>
        </message>
        <message>
            <source>There is no video frame to code at: locate the video (File menu). The table can still be edited.</source>
            <translation>No hay ningún fotograma de video en el que codificar: localice el video (menú Archivo). La tabla se puede seguir editando.</translation>
        </message>
        <message>
            <source>The note was not kept: {0}</source>
            <translation>No se guardó la nota: {0}</translation>
        </message>
        <message>
            <source>That episode no longer exists.</source>
            <translation>Ese episodio ya no existe.</translation>
        </message>
        <message>
            <source>Modifier not set: {0}</source>
            <translation>Modificador sin definir: {0}</translation>
        </message>
    </context>
    <context>
        <name>CodingPad</name>
        <message>
            <source>state</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>point</source>
            <translation>punto</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; ({1}, {2})</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}, {2})</translation>
        </message>
        <message>
            <source> — key &lt;b&gt;{0}&lt;/b&gt;</source>
            <translation> — tecla &lt;b&gt;{0}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;br&gt;Modifiers: {0}</source>
            <translation>&lt;br&gt;Modificadores: {0}</translation>
        </message>
    </context>
    <context>
        <name>CompareController</name>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Open a session first, then compare it with another coding.</source>
            <translation>Abra primero una sesión y luego compárela con otra codificación.</translation>
        </message>
        <message>
            <source>{0}

Nothing was compared.</source>
            <translation>{0}

No se comparó nada.</translation>
        </message>
        <message>
            <source>Cannot compare</source>
            <translation>No se puede comparar</translation>
        </message>
        <message>
            <source>Not the same video</source>
            <translation>No es el mismo video</translation>
        </message>
        <message>
            <source>{0} cannot be compared with {1}: {2}.

Choose a coding of the same video.</source>
            <translation>{0} no se puede comparar con {1}: {2}.

Elija una codificación del mismo video.</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>The comparison could not be computed: {0}</source>
            <translation>No se pudo calcular la comparación: {0}</translation>
        </message>
        <message>
            <source>Stopped comparing.</source>
            <translation>Se dejó de comparar.</translation>
        </message>
        <message>
            <source>Compare with another coding of this session</source>
            <translation>Comparar con otra codificación de esta sesión</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>updating…</source>
            <translation>actualizando…</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Tolerancia</translation>
        </message>
        <message>
            <source>Point window</source>
            <translation>Ventana de puntos</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Solapamiento</translation>
        </message>
        <message>
            <source>Onset tolerance</source>
            <translation>Tolerancia de inicio</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Alineación</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Excluidos</translation>
        </message>
        <message>
            <source>Overlap (Holle &amp; Rein)</source>
            <extracomment>The event alignments and the excluded rules as the panel's combo boxes offer them (value, label, explanation; the label and explanation are shown translated).</extracomment>
            <translation>Solapamiento (Holle &amp; Rein)</translation>
        </message>
        <message>
            <source>States link at the overlap share of the longer one, points within the point window; codes are ignored (EasyDIAg).</source>
            <translation>Los estados se vinculan a partir de esa proporción de solapamiento con el más largo, y los puntos dentro de la ventana de puntos; los códigos no se tienen en cuenta (EasyDIAg).</translation>
        </message>
        <message>
            <source>GSEQ (Bakeman et al. 2009)</source>
            <translation>GSEQ (Bakeman et al. 2009)</translation>
        </message>
        <message>
            <source>The two sequences of episodes aligned by dynamic programming; episodes pair only when their onsets are within the onset tolerance.</source>
            <translation>Las dos secuencias de episodios se alinean mediante programación dinámica; los episodios solo se emparejan cuando sus inicios están dentro de la tolerancia de inicio.</translation>
        </message>
        <message>
            <source>Drop when both</source>
            <translation>Excluir si ambos</translation>
        </message>
        <message>
            <source>Leave out time both codings call uncodable: agreeing that nothing could be coded is not agreement on the interaction.</source>
            <translation>Excluir el tiempo que ambas codificaciones consideran no codificable: coincidir en que nada pudo codificarse no es acuerdo sobre la interacción.</translation>
        </message>
        <message>
            <source>Drop when either</source>
            <translation>Excluir si cualquiera</translation>
        </message>
        <message>
            <source>Leave out time either coding calls uncodable.</source>
            <translation>Excluir el tiempo que cualquiera de las dos codificaciones considera no codificable.</translation>
        </message>
        <message>
            <source>As a code</source>
            <translation>Como un código</translation>
        </message>
        <message>
            <source>Count uncodable like any other code.</source>
            <translation>Contar «no codificable» como cualquier otro código.</translation>
        </message>
        <message>
            <source>[{0}, {1}]</source>
            <translation>[{0}; {1}]</translation>
        </message>
        <message>
            <source>The figures, the list and the timeline marks are being recomputed after an edit;
until then they are those of the coding before it.</source>
            <translation>Las cifras, la lista y las marcas de la línea de tiempo se están recalculando tras una edición;
hasta entonces son las de la codificación anterior.</translation>
        </message>
        <message>
            <source>Length of a time unit: 1s, 250ms, 1f …</source>
            <translation>Duración de una unidad de tiempo: 1s, 250ms, 1f …</translation>
        </message>
        <message>
            <source>Differences this close to the same label in the other coding count as agreement
(rounded to whole units; percent agreement never falls as it grows).</source>
            <translation>Las diferencias así de próximas a la misma etiqueta en la otra codificación cuentan como acuerdo
(redondeado a unidades enteras; el porcentaje de acuerdo nunca baja al aumentarla).</translation>
        </message>
        <message>
            <source>Points link when their onsets are this close.</source>
            <translation>Los puntos se vinculan cuando sus inicios están así de próximos.</translation>
        </message>
        <message>
            <source>States link when they overlap by this share of the longer one.</source>
            <translation>Los estados se vinculan cuando se solapan en esta proporción del más largo.</translation>
        </message>
        <message>
            <source>How events are paired before event κ.</source>
            <translation>Cómo se emparejan los eventos antes del κ de eventos.</translation>
        </message>
        <message>
            <source>GSEQ alignment: episodes pair when their onsets are this close.</source>
            <translation>Alineación GSEQ: los episodios se emparejan cuando sus inicios están así de próximos.</translation>
        </message>
        <message>
            <source>How codes with role 'excluded' count.</source>
            <translation>Cómo cuentan los códigos con el rol «excluido».</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>Uncodable</source>
            <translation>No codificable</translation>
        </message>
        <message>
            <source>Onset tol.</source>
            <translation>Tol. de inicio</translation>
        </message>
        <message>
            <source>Time units</source>
            <translation>Unidades de tiempo</translation>
        </message>
        <message>
            <source>Timeline: &lt;span style='color:{0}'&gt;■■&lt;/span&gt; disagreement &amp;nbsp; &lt;span style='color:{1}'&gt;▬▬&lt;/span&gt; forgiven by the tolerance &amp;nbsp; ▨ layer not compared</source>
            <translation>Línea de tiempo: &lt;span style='color:{0}'&gt;■■&lt;/span&gt; desacuerdo &amp;nbsp; &lt;span style='color:{1}'&gt;▬▬&lt;/span&gt; perdonado por la tolerancia &amp;nbsp; ▨ capa no comparada</translation>
        </message>
        <message>
            <source>Stop comparing</source>
            <translation>Dejar de comparar</translation>
        </message>
        <message>
            <source>&lt;b&gt;Comparing&lt;/b&gt; this coding ({0})&lt;br&gt;with {1}</source>
            <translation>&lt;b&gt;Comparando&lt;/b&gt; esta codificación ({0})&lt;br&gt;con {1}</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Valoraciones</translation>
        </message>
        <message>
            <source>this</source>
            <translation>esta</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otra</translation>
        </message>
        <message>
            <source>Time units of {0} ms ({1}) over 0–{2} s, each labelled by the code at its midpoint; tolerance {3} = {4} unit(s) (symmetric).</source>
            <translation>Unidades de tiempo de {0} ms ({1}) sobre 0–{2} s, cada una etiquetada con el código en su punto medio; tolerancia {3} = {4} unidad(es) (simétrica).</translation>
        </message>
        <message>
            <source>Time units of {0} ms ({1}) over 0–{2} s, each labelled by the code at its midpoint; tolerance {3} = {4} unit(s).</source>
            <translation>Unidades de tiempo de {0} ms ({1}) sobre 0–{2} s, cada una etiquetada con el código en su punto medio; tolerancia {3} = {4} unidad(es).</translation>
        </message>
        <message>
            <source>With a tolerance κ may move either way; percent agreement never falls.</source>
            <translation>Con una tolerancia, κ puede variar en cualquier sentido; el porcentaje de acuerdo nunca baja.</translation>
        </message>
        <message>
            <source>Not compared: {0}.</source>
            <translation>No comparado: {0}.</translation>
        </message>
        <message>
            <source>{0}: codes only one scheme has are set aside ({1}).</source>
            <translation>{0}: los códigos que solo tiene uno de los sistemas de codificación quedan apartados ({1}).</translation>
        </message>
        <message>
            <source>Bands after Landis &amp; Koch (1977) describe κ; they are not a verdict.</source>
            <translation>Las bandas según Landis y Koch (1977) describen κ; no son un veredicto.</translation>
        </message>
        <message>
            <source>state layer; compared codes: {0}</source>
            <translation>capa de estados; códigos comparados: {0}</translation>
        </message>
        <message>
            <source>point layer; compared codes: {0}</source>
            <translation>capa de puntos; códigos comparados: {0}</translation>
        </message>
        <message>
            <source>95% CI</source>
            <translation>IC 95 %</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>acuerdo</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>vinculados</translation>
        </message>
        <message>
            <source>{0} ({1} pairs)</source>
            <translation>{0} ({1} pares)</translation>
        </message>
        <message>
            <source>mean |onset Δ|</source>
            <translation>media |Δ inicio|</translation>
        </message>
        <message>
            <source>tallies</source>
            <translation>recuentos</translation>
        </message>
        <message>
            <source>{0} units</source>
            <translation>{0} unidades</translation>
        </message>
        <message>
            <source>this {0}, other {1}</source>
            <translation>esta: {0}, otra: {1}</translation>
        </message>
    </context>
    <context>
        <name>DisagreementList</name>
        <message>
            <source>by time units</source>
            <translation>por unidades de tiempo</translation>
        </message>
        <message>
            <source>by events</source>
            <translation>por eventos</translation>
        </message>
        <message>
            <source>Time units: stretches where the units' labels differ (marked on the timeline).
Events: episodes linked with another code, or not linked at all (∅).</source>
            <translation>Unidades de tiempo: tramos en que las etiquetas de las unidades difieren (marcados en la línea de tiempo).
Eventos: episodios vinculados con otro código, o no vinculados en absoluto (∅).</translation>
        </message>
        <message>
            <source>all layers</source>
            <translation>todas las capas</translation>
        </message>
        <message>
            <source>{0} event coded differently or not linked (∅)</source>
            <translation>{0} evento codificado de forma distinta o no vinculado (∅)</translation>
        </message>
        <message>
            <source>{0} events coded differently or not linked (∅)</source>
            <translation>{0} eventos codificados de forma distinta o no vinculados (∅)</translation>
        </message>
        <message>
            <source>{0} disagreeing stretch</source>
            <translation>{0} tramo en desacuerdo</translation>
        </message>
        <message>
            <source>{0} disagreeing stretches</source>
            <translation>{0} tramos en desacuerdo</translation>
        </message>
        <message>
            <source> ({0} forgiven by the tolerance)</source>
            <translation> ({0} perdonados por la tolerancia)</translation>
        </message>
    </context>
    <context>
        <name>DisagreementModel</name>
        <message>
            <source>Layer</source>
            <translation>Capa</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>This coding</source>
            <translation>Esta codificación</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otra</translation>
        </message>
        <message>
            <source>forgiven (tolerance)</source>
            <translation>perdonado (tolerancia)</translation>
        </message>
        <message>
            <source> — the codes differ, but the tolerance counts this as agreement</source>
            <translation> — los códigos difieren, pero la tolerancia lo cuenta como acuerdo</translation>
        </message>
        <message>
            <source>Click to show this moment in the video.</source>
            <translation>Haga clic para mostrar este momento en el video.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>onset</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>code</source>
            <translation>código</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>modifiers</source>
            <translation>modificadores</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>capa</translation>
        </message>
        <message>
            <source>Edit {0} of {1} at {2}</source>
            <extracomment>the crash journal could not be written (disk full, folder read-only): say so once, because until the next save a crash would lose the changes since a save is about to be written: last-moment updates (a live clock's span) go in now tells another copy of attachcoder that this file is open here the file as this window last read or wrote it, to notice another writer on save a second window on a file another window has open journals beside, not over, it the furthest instant shown (session ms) and the least that changes the field: the field itself, or for a file that does not say yet, the last coded instant a session with no file yet (a new session): it counts as unsaved until saved</extracomment>
            <translation>Editar {0} de {1} en {2}</translation>
        </message>
        <message>
            <source>Delete {0} at {1}</source>
            <translation>Eliminar {0} en {1}</translation>
        </message>
        <message>
            <source>Delete {0} episodes</source>
            <translation>Eliminar {0} episodios</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
    </context>
    <context>
        <name>EpisodeDetail</name>
        <message>
            <source>(not set)</source>
            <translation>(sin definir)</translation>
        </message>
        <message>
            <source>Note for this episode (Ctrl+Enter or click away keeps it)</source>
            <translation>Nota de este episodio (Ctrl+Enter o hacer clic fuera la guarda)</translation>
        </message>
        <message>
            <source>The episode's note, whole. It is kept when you click elsewhere or press Ctrl+Enter (one undo step); Escape puts back what was there.</source>
            <translation>La nota completa del episodio. Se guarda al hacer clic en otro lugar o al pulsar Ctrl+Enter (un paso de deshacer); Escape restaura lo que había.</translation>
        </message>
        <message>
            <source>Select an episode to see its note and modifiers.</source>
            <translation>Seleccione un episodio para ver su nota y sus modificadores.</translation>
        </message>
        <message>
            <source>{0} of this episode (one undo step)</source>
            <translation>{0} de este episodio (un paso de deshacer)</translation>
        </message>
        <message>
            <source>{0} is not set yet: choose it (one undo step)</source>
            <translation>{0} aún no está definido: elíjalo (un paso de deshacer)</translation>
        </message>
    </context>
    <context>
        <name>EpisodeTable</name>
        <message>
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Capa</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
    </context>
    <context>
        <name>EpisodeTableModel</name>
        <message>
            <source>Layer</source>
            <translation>Capa</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Modifiers</source>
            <translation>Modificadores</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Enter moves the boundary: a touching episode's edge moves with it (as dragging it in the timeline does). Shift+Enter moves this edge alone.</source>
            <translation>Enter mueve el límite: el borde de un episodio contiguo se mueve con él (como al arrastrarlo en la línea de tiempo). Shift+Enter mueve solo este borde.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>{0} at {1}: {2} not set yet — choose it in the detail pane under the table (or type it in the Modifiers column)</source>
            <translation>{0} en {1}: {2} aún sin definir — elíjalo en el panel de detalles bajo la tabla (o escríbalo en la columna Modificadores)</translation>
        </message>
        <message>
            <source>write modifiers as name=value (modifiers of {0}: {1})</source>
            <translation>escriba los modificadores como nombre=valor (modificadores de {0}: {1})</translation>
        </message>
        <message>
            <source>{0} has no modifier {1} (it has: {2})</source>
            <translation>{0} no tiene el modificador {1} (tiene: {2})</translation>
        </message>
        <message>
            <source>{0} is not a value of {1}; choose one of {2}</source>
            <translation>{0} no es un valor de {1}; elija uno de {2}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>Not changed: {0}</source>
            <translation>Sin cambios: {0}</translation>
        </message>
        <message>
            <source>an episode needs an onset</source>
            <translation>un episodio necesita un inicio</translation>
        </message>
        <message>
            <source>layer {0} has no code {1} (codes: {2})</source>
            <translation>la capa {0} no tiene el código {1} (códigos: {2})</translation>
        </message>
        <message>
            <source>code {0} is not in the scheme</source>
            <translation>el código {0} no está en el sistema de codificación</translation>
        </message>
    </context>
    <context>
        <name>ExportSessionDialog</name>
        <message>
            <source>Export workbook</source>
            <translation>Exportar libro de trabajo</translation>
        </message>
        <message>
            <source>Include the coder's notes</source>
            <translation>Incluir las notas del codificador/a</translation>
        </message>
        <message>
            <source>Leave out free text when the workbook leaves the team.</source>
            <translation>Omita el texto libre cuando el libro de trabajo salga del equipo.</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>The paper the workbook prints on (the locale's by default).</source>
            <translation>El papel en que se imprime el libro de trabajo (por defecto, el de la configuración regional).</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Workbook</source>
            <translation>Libro de trabajo</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The workbook names the session by its IDs, never by a video or folder.</source>
            <translation>El libro de trabajo identifica la sesión por sus ID, nunca por un video ni una carpeta.</translation>
        </message>
        <message>
            <source>Choose where to write the workbook.</source>
            <translation>Elija dónde escribir el libro de trabajo.</translation>
        </message>
        <message>
            <source>The workbook was not written</source>
            <translation>No se escribió el libro de trabajo</translation>
        </message>
    </context>
    <context>
        <name>FrameCache</name>
        <message>
            <source>{0}: frames could not be decoded ({1})</source>
            <extracomment>Pictures kept at most (bytes): ~90 frames of a 960 × 540 pane, 24 of full 1080p. Frames decoded ahead of the wanted one, at most. a frame asked for with :meth:`want` is now in the cache a frame asked for that the decoder does not give (the player asks QMediaPlayer) the decoder cannot read the file (the player then keeps using QMediaPlayer)</extracomment>
            <translation>{0}: no se pudieron decodificar los fotogramas ({1})</translation>
        </message>
    </context>
    <context>
        <name>HashWorker</name>
        <message>
            <source>cannot read {0}: {1}</source>
            <translation>no se puede leer {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Keyboard help</source>
            <translation>Ayuda del teclado</translation>
        </message>
    </context>
    <context>
        <name>InterchangeActions</name>
        <message>
            <source>Other tools' codings</source>
            <translation>Codificaciones de otras herramientas</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos los archivos</translation>
        </message>
        <message>
            <source>ELAN annotation files</source>
            <extracomment>what each export's files are called in a file dialog (the patterns are added)</extracomment>
            <translation>Archivos de anotación de ELAN</translation>
        </message>
        <message>
            <source>SDIS timed-event data</source>
            <translation>Datos de eventos temporizados SDIS</translation>
        </message>
        <message>
            <source>CSV tables</source>
            <translation>Tablas CSV</translation>
        </message>
        <message>
            <source>BORIS projects</source>
            <translation>Proyectos de BORIS</translation>
        </message>
        <message>
            <source>Datavyu projects</source>
            <translation>Proyectos de Datavyu</translation>
        </message>
        <message>
            <source>Praat TextGrids</source>
            <translation>TextGrids de Praat</translation>
        </message>
        <message>
            <source>Import a coding from another tool</source>
            <translation>Importar una codificación de otra herramienta</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>It holds no coding.</source>
            <translation>No contiene ninguna codificación.</translation>
        </message>
        <message>
            <source>{0}: nothing to import.</source>
            <translation>{0}: nada que importar.</translation>
        </message>
        <message>
            <source>Imported from {0}</source>
            <translation>Importado de {0}</translation>
        </message>
        <message>
            <source>{0}, imported from {1}</source>
            <translation>{0}, importado de {1}</translation>
        </message>
        <message>
            <source>Imported {0} episodes from {1}; use Save as to keep them as a session file.</source>
            <translation>Se importaron {0} episodios de {1}; use Guardar como para conservarlos como archivo de sesión.</translation>
        </message>
        <message>
            <source>Import report — {0}</source>
            <translation>Informe de importación — {0}</translation>
        </message>
        <message>
            <source>the observation {0} of {1}</source>
            <translation>la observación {0} de {1}</translation>
        </message>
        <message>
            <source>Imported {0}: {1} episodes in {2} layer(s). The choices the importer made:</source>
            <translation>Importado {0}: {1} episodios en {2} capa(s). Decisiones que tomó el importador:</translation>
        </message>
        <message>
            <source>nothing needed a choice</source>
            <translation>nada requirió una decisión</translation>
        </message>
        <message>
            <source>not imported: {0}</source>
            <translation>no importado: {0}</translation>
        </message>
        <message>
            <source>Export as {0}</source>
            <translation>Exportar como {0}</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>No exportado</translation>
        </message>
        <message>
            <source>{0} was not written: {1}

Your session is unchanged; try another place.</source>
            <translation>No se escribió {0}: {1}

Su sesión no ha cambiado; pruebe en otra ubicación.</translation>
        </message>
        <message>
            <source>Exported {0} ({1}, {2} episodes)</source>
            <translation>Exportado {0} ({1}, {2} episodios)</translation>
        </message>
        <message>
            <source>{0} was written. Please note:</source>
            <translation>Se escribió {0}. Tenga en cuenta:</translation>
        </message>
        <message>
            <source>Exported, with remarks</source>
            <translation>Exportado, con observaciones</translation>
        </message>
        <message>
            <source>The current session was not changed. Fix the file in the tool that wrote it, or choose another.</source>
            <translation>La sesión actual no ha cambiado. Corrija el archivo en la herramienta que lo escribió o elija otro.</translation>
        </message>
        <message>
            <source>{0} holds {1} observations; the window opens one at a time.
(attachcoder import FILE -o FOLDER imports them all.)

Import which one?</source>
            <translation>{0} contiene {1} observaciones; la ventana abre una a la vez.
(attachcoder import FILE -o FOLDER las importa todas.)

¿Cuál desea importar?</translation>
        </message>
        <message>
            <source>Not importable: {0}</source>
            <translation>No se puede importar: {0}</translation>
        </message>
        <message>
            <source>Choose an observation</source>
            <translation>Elija una observación</translation>
        </message>
    </context>
    <context>
        <name>LayerForm</name>
        <message>
            <source>states (one at a time)</source>
            <translation>estados (uno a la vez)</translation>
        </message>
        <message>
            <source>points (instants)</source>
            <translation>puntos (instantes)</translation>
        </message>
        <message>
            <source>What the measures use this layer for: 'interaction' for attuned / misattuned / repair, 'phase' for play / still-face / reunion.</source>
            <translation>Para qué usan las medidas esta capa: «interacción» para sintonizado / desintonizado / reparación, «fase» para juego / rostro inmóvil / reencuentro.</translation>
        </message>
        <message>
            <source>Layer name</source>
            <translation>Nombre de la capa</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Contiene</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
    </context>
    <context>
        <name>LiveCoding</name>
        <message>
            <source>Live session: no video</source>
            <extracomment>where clocks read the time (None: a monotonic timer); tests give a fake one</extracomment>
            <translation>Sesión en vivo: sin video</translation>
        </message>
        <message>
            <source>Clock stopped at {0}.</source>
            <translation>Reloj detenido en {0}.</translation>
        </message>
        <message>
            <source>The running states were not closed: {0}</source>
            <translation>No se cerraron los estados en curso: {0}</translation>
        </message>
        <message>
            <source>Clock stopped at {0}: running states end there (Undo brings them back).</source>
            <translation>Reloj detenido en {0}: los estados en curso terminan ahí (Deshacer los restaura).</translation>
        </message>
    </context>
    <context>
        <name>LivePanel</name>
        <message>
            <source>Start the clock</source>
            <translation>Iniciar el reloj</translation>
        </message>
        <message>
            <source>Stop the clock</source>
            <translation>Detener el reloj</translation>
        </message>
        <message>
            <source>End the observation here: running states end at this time (one undo step)</source>
            <translation>Terminar la observación aquí: los estados en curso terminan en este momento (un paso de deshacer)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Live coding&lt;/b&gt; — no video; the session runs on this clock</source>
            <translation>&lt;b&gt;Codificación en vivo&lt;/b&gt; — sin video; la sesión se rige por este reloj</translation>
        </message>
        <message>
            <source>Running — code with the scheme's keys; {0} pauses.</source>
            <translation>En marcha — codifique con las teclas del sistema de codificación; {0} pausa.</translation>
        </message>
        <message>
            <source>Stopped: the observation ended here. {0} starts the clock again.</source>
            <translation>Detenido: la observación terminó aquí. {0} vuelve a iniciar el reloj.</translation>
        </message>
        <message>
            <source>Paused — {0} starts the clock.</source>
            <translation>En pausa — {0} inicia el reloj.</translation>
        </message>
        <message>
            <source>Pause the clock</source>
            <translation>Pausar el reloj</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> (recovered)</source>
            <translation> (recuperada)</translation>
        </message>
        <message>
            <source> (not saved yet)</source>
            <translation> (aún sin guardar)</translation>
        </message>
        <message>
            <source>Select an episode in the table to delete it.</source>
            <translation>Seleccione un episodio en la tabla para eliminarlo.</translation>
        </message>
        <message>
            <source>Unsaved changes are not protected against a crash ({0}). Save now (Ctrl+S).</source>
            <translation>Los cambios sin guardar no están protegidos frente a un cierre inesperado ({0}). Guarde ahora (Ctrl+S).</translation>
        </message>
    </context>
    <context>
        <name>MetadataDialog</name>
        <message>
            <source>Session details</source>
            <translation>Detalles de la sesión</translation>
        </message>
        <message>
            <source>Edit session details</source>
            <translation>Editar los detalles de la sesión</translation>
        </message>
    </context>
    <context>
        <name>MetadataForm</name>
        <message>
            <source>mother</source>
            <extracomment>kept in the file in English (batch tables group by them); shown in the window's language</extracomment>
            <translation>madre</translation>
        </message>
        <message>
            <source>father</source>
            <translation>padre</translation>
        </message>
        <message>
            <source>other caregiver</source>
            <translation>otro cuidador</translation>
        </message>
        <message>
            <source>the session date {0} must be written YYYY-MM-DD (e.g. 2026-03-02)</source>
            <translation>la fecha de sesión {0} debe escribirse AAAA-MM-DD (p. ej., 2026-03-02)</translation>
        </message>
        <message>
            <source>e.g. D014 — a code, never a name</source>
            <translation>p. ej., D014 — un código, nunca un nombre</translation>
        </message>
        <message>
            <source>e.g. C2</source>
            <translation>p. ej., C2</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source> months</source>
            <translation> meses</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>no indicado</translation>
        </message>
        <message>
            <source>corrected for prematurity</source>
            <translation>corregida por prematuridad</translation>
        </message>
        <message>
            <source>Pseudonymous IDs only: no names, no birth dates.</source>
            <translation>Solo ID seudónimos: sin nombres ni fechas de nacimiento.</translation>
        </message>
        <message>
            <source>Dyad ID</source>
            <translation>ID de la díada</translation>
        </message>
        <message>
            <source>Coder ID</source>
            <translation>ID del codificador/a</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Fecha de la sesión</translation>
        </message>
        <message>
            <source>Infant age</source>
            <translation>Edad del bebé</translation>
        </message>
        <message>
            <source>Caregiver</source>
            <translation>Cuidador</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>dyad ID</source>
            <translation>ID de la díada</translation>
        </message>
        <message>
            <source>coder ID</source>
            <translation>ID del codificador/a</translation>
        </message>
        <message>
            <source>the {0} {1} names files in exports; leave out / \ : * ? " &lt; &gt; |</source>
            <translation>el {0} {1} da nombre a archivos en las exportaciones; omita / \ : * ? " &lt; &gt; |</translation>
        </message>
    </context>
    <context>
        <name>ModifierBar</name>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; at {1}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; en {1}</translation>
        </message>
        <message>
            <source>Set {0} = {1} for this {2} episode</source>
            <translation>Definir {0} = {1} para este episodio de {2}</translation>
        </message>
        <message>
            <source>Hide (the modifier stays empty, marked in the table; set it under the table later)</source>
            <translation>Ocultar (el modificador queda vacío, marcado en la tabla; defínalo más tarde bajo la tabla)</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New session</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>Code from video</source>
            <translation>Codificar desde video</translation>
        </message>
        <message>
            <source>Code live, on a clock (no video)</source>
            <translation>Codificar en vivo, con un reloj (sin video)</translation>
        </message>
        <message>
            <source>Camera 1</source>
            <translation>Cámara 1</translation>
        </message>
        <message>
            <source>A second, synchronised camera</source>
            <translation>Una segunda cámara sincronizada</translation>
        </message>
        <message>
            <source>Camera 2</source>
            <translation>Cámara 2</translation>
        </message>
        <message>
            <source>What is coded</source>
            <translation>Qué se codifica</translation>
        </message>
        <message>
            <source>Default attachment scheme</source>
            <translation>Sistema de codificación de apego predeterminado</translation>
        </message>
        <message>
            <source>Load…</source>
            <translation>Cargar…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Coding scheme</source>
            <translation>Sistema de codificación</translation>
        </message>
        <message>
            <source>Session details</source>
            <translation>Detalles de la sesión</translation>
        </message>
        <message>
            <source>where to keep the session ({0})</source>
            <translation>dónde guardar la sesión ({0})</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Session file</source>
            <translation>Archivo de sesión</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>“{0}”: {1} layers, {2} codes</source>
            <translation>«{0}»: {1} capas, {2} códigos</translation>
        </message>
        <message>
            <source>Load a scheme</source>
            <translation>Cargar un sistema de codificación</translation>
        </message>
        <message>
            <source>Cannot load the scheme</source>
            <translation>No se puede cargar el sistema de codificación</translation>
        </message>
        <message>
            <source>Keep the session as</source>
            <translation>Guardar la sesión como</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>The date is {0}.</source>
            <translation>La fecha es {0}.</translation>
        </message>
        <message>
            <source>camera 1</source>
            <translation>cámara 1</translation>
        </message>
        <message>
            <source>camera 2</source>
            <translation>cámara 2</translation>
        </message>
        <message>
            <source>choose the video of {0}</source>
            <translation>elija el video de la {0}</translation>
        </message>
        <message>
            <source>{0}: still reading the video…</source>
            <translation>{0}: todavía leyendo el video…</translation>
        </message>
        <message>
            <source>choose where to keep the session file</source>
            <translation>elija dónde guardar el archivo de sesión</translation>
        </message>
        <message>
            <source>the folder {0} does not exist</source>
            <translation>la carpeta {0} no existe</translation>
        </message>
        <message>
            <source>{0} exists already; choose another name (nothing is overwritten)</source>
            <translation>{0} ya existe; elija otro nombre (no se sobrescribe nada)</translation>
        </message>
    </context>
    <context>
        <name>NewStudyDialog</name>
        <message>
            <source>New study</source>
            <translation>Nuevo estudio</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>the folder's name</source>
            <translation>el nombre de la carpeta</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Coders (IDs, commas between)</source>
            <translation>Codificadores (ID, separados por comas)</translation>
        </message>
        <message>
            <source>Share double-coded</source>
            <translation>Proporción con doble codificación</translation>
        </message>
        <message>
            <source>Seed of the draw</source>
            <translation>Semilla del sorteo</translation>
        </message>
        <message>
            <source>Agreement unit</source>
            <translation>Unidad de acuerdo</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Tolerancia</translation>
        </message>
        <message>
            <source>Overlap (Holle &amp; Rein 2015)</source>
            <translation>Solapamiento (Holle &amp; Rein 2015)</translation>
        </message>
        <message>
            <source>GSEQ (Bakeman, Quera &amp; Gnisci 2009)</source>
            <translation>GSEQ (Bakeman, Quera &amp; Gnisci 2009)</translation>
        </message>
        <message>
            <source>How events are paired for event κ: by overlap (states at ≥ 60% of the longer one, points within 1 s) or by GSEQ's dynamic-programming alignment of onsets</source>
            <translation>Cómo se emparejan los eventos para el κ de eventos: por solapamiento (estados en ≥ 60 % del más largo, puntos a menos de 1 s) o por la alineación de inicios de GSEQ mediante programación dinámica</translation>
        </message>
        <message>
            <source>Event alignment</source>
            <translation>Alineación de eventos</translation>
        </message>
        <message>
            <source>GSEQ alignment: onsets this close may pair</source>
            <translation>Alineación GSEQ: inicios así de próximos pueden emparejarse</translation>
        </message>
        <message>
            <source>Onset tolerance (GSEQ)</source>
            <translation>Tolerancia de inicio (GSEQ)</translation>
        </message>
        <message>
            <source>Leave out when both say uncodable</source>
            <translation>Excluir cuando ambos indican no codificable</translation>
        </message>
        <message>
            <source>Leave out when either says uncodable</source>
            <translation>Excluir cuando cualquiera indica no codificable</translation>
        </message>
        <message>
            <source>Count uncodable as a code</source>
            <translation>Contar «no codificable» como un código</translation>
        </message>
        <message>
            <source>Codes with role 'excluded' (uncodable): agreeing that nothing could be coded is not agreement on the interaction, so by default such time is left out</source>
            <translation>Códigos con el rol «excluido» (no codificable): coincidir en que nada pudo codificarse no es acuerdo sobre la interacción, así que por defecto ese tiempo se excluye</translation>
        </message>
        <message>
            <source>Uncodable time</source>
            <translation>Tiempo no codificable</translation>
        </message>
        <message>
            <source>Criterion κ</source>
            <translation>κ de criterio</translation>
        </message>
        <message>
            <source>Folder of the new study</source>
            <translation>Carpeta del nuevo estudio</translation>
        </message>
    </context>
    <context>
        <name>NotePrompt</name>
        <message>
            <source>Type a note; Enter keeps it, Escape leaves none</source>
            <translation>Escriba una nota; Enter la guarda, Escape no deja ninguna</translation>
        </message>
        <message>
            <source>Note for &lt;b&gt;{0}&lt;/b&gt; at {1}:</source>
            <translation>Nota para &lt;b&gt;{0}&lt;/b&gt; en {1}:</translation>
        </message>
    </context>
    <context>
        <name>QtTimeline</name>
        <message>
            <source>Drag an edge to move it; where two episodes touch, both move. Hold Shift to move the edge alone. Click to seek, double-click to go to an episode.</source>
            <translation>Arrastre un borde para moverlo; donde dos episodios se tocan, se mueven ambos. Mantenga Shift para mover solo el borde. Haga clic para ir a un momento; doble clic para ir a un episodio.</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel)</source>
            <translation>Acercar (Ctrl+rueda)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel)</source>
            <translation>Alejar (Ctrl+rueda)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>Show the whole session</source>
            <translation>Mostrar toda la sesión</translation>
        </message>
        <message>
            <source>The edit was undone: {0}</source>
            <translation>Se deshizo la edición: {0}</translation>
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
            <translation>Ítem de valoración</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>Mín.</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Máx.</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definición</translation>
        </message>
        <message>
            <source>rating item {0}: min {1} is not a number</source>
            <translation>ítem de valoración {0}: el mínimo {1} no es un número</translation>
        </message>
        <message>
            <source>rating item {0}: max {1} is not a number</source>
            <translation>ítem de valoración {0}: el máximo {1} no es un número</translation>
        </message>
    </context>
    <context>
        <name>RatingsDialog</name>
        <message>
            <source>Ratings</source>
            <translation>Valoraciones</translation>
        </message>
        <message>
            <source>rated</source>
            <translation>valorado</translation>
        </message>
        <message>
            <source>The scheme has no rating items (add them in the scheme editor).</source>
            <translation>El sistema de codificación no tiene ítems de valoración (añádalos en el editor del sistema de codificación).</translation>
        </message>
        <message>
            <source>Edit ratings</source>
            <translation>Editar las valoraciones</translation>
        </message>
    </context>
    <context>
        <name>SchemeEditorDialog</name>
        <message>
            <source>Coding scheme</source>
            <translation>Sistema de codificación</translation>
        </message>
        <message>
            <source>Layers and codes</source>
            <translation>Capas y códigos</translation>
        </message>
        <message>
            <source>Choose a layer or a code to edit it.</source>
            <translation>Elija una capa o un código para editarlo.</translation>
        </message>
        <message>
            <source>Add layer</source>
            <translation>Añadir capa</translation>
        </message>
        <message>
            <source>Add code</source>
            <translation>Añadir código</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Add rating item</source>
            <translation>Añadir ítem de valoración</translation>
        </message>
        <message>
            <source>Remove rating item</source>
            <translation>Quitar ítem de valoración</translation>
        </message>
        <message>
            <source>Rating items</source>
            <translation>Ítems de valoración</translation>
        </message>
        <message>
            <source>Load template…</source>
            <translation>Cargar plantilla…</translation>
        </message>
        <message>
            <source>Save as template…</source>
            <translation>Guardar como plantilla…</translation>
        </message>
        <message>
            <source>Scheme name</source>
            <translation>Nombre del sistema de codificación</translation>
        </message>
        <message>
            <source>Problems to fix before saving:</source>
            <translation>Problemas que corregir antes de guardar:</translation>
        </message>
        <message>
            <source>states</source>
            <translation>estados</translation>
        </message>
        <message>
            <source>points</source>
            <translation>puntos</translation>
        </message>
        <message>
            <source>layer {0}</source>
            <translation>capa {0}</translation>
        </message>
        <message>
            <source>code {0}</source>
            <translation>código {0}</translation>
        </message>
        <message>
            <source>Remove a code in use</source>
            <translation>Quitar un código en uso</translation>
        </message>
        <message>
            <source>The session has {0} episode(s) coded with {1}. Remove it and delete those episodes? (Undo after saving the scheme brings them back.)</source>
            <translation>La sesión tiene {0} episodio(s) codificado(s) con {1}. ¿Quitarlo y eliminar esos episodios? (Deshacer tras guardar el sistema de codificación los restaura).</translation>
        </message>
        <message>
            <source>layer {0} has coded states; it cannot hold points (add a new layer instead)</source>
            <translation>la capa {0} tiene estados codificados; no puede contener puntos (añada una capa nueva)</translation>
        </message>
        <message>
            <source>layer {0} has coded points; it cannot hold states (add a new layer instead)</source>
            <translation>la capa {0} tiene puntos codificados; no puede contener estados (añada una capa nueva)</translation>
        </message>
        <message>
            <source>Load a scheme</source>
            <translation>Cargar un sistema de codificación</translation>
        </message>
        <message>
            <source>Cannot load the scheme</source>
            <translation>No se puede cargar el sistema de codificación</translation>
        </message>
        <message>
            <source>Save the scheme as a template</source>
            <translation>Guardar el sistema de codificación como plantilla</translation>
        </message>
        <message>
            <source>Cannot save the scheme</source>
            <translation>No se puede guardar el sistema de codificación</translation>
        </message>
        <message>
            <source>The scheme does not fit this session</source>
            <translation>El sistema de codificación no es compatible con esta sesión</translation>
        </message>
        <message>
            <source>Coding will be lost</source>
            <translation>Se perderá codificación</translation>
        </message>
        <message>
            <source>Saving this scheme changes the coding:

• {0}

Go ahead? (Edit → Undo brings it all back.)</source>
            <translation>Guardar este sistema de codificación cambia la codificación:

• {0}

¿Continuar? (Edición → Deshacer lo restaura todo).</translation>
        </message>
    </context>
    <context>
        <name>SessionActions</name>
        <message>
            <source>Clear the list</source>
            <translation>Vaciar la lista</translation>
        </message>
        <message>
            <source>The session was not created</source>
            <translation>No se creó la sesión</translation>
        </message>
        <message>
            <source>{0} was not written: {1}</source>
            <translation>No se escribió {0}: {1}</translation>
        </message>
        <message>
            <source>Exported {0}</source>
            <translation>Exportado {0}</translation>
        </message>
        <message>
            <source>This scheme has no rating items; add them in Session ▸ Coding scheme…</source>
            <translation>Este sistema de codificación no tiene ítems de valoración; añádalos en Sesión ▸ Sistema de codificación…</translation>
        </message>
    </context>
    <context>
        <name>SoundRow</name>
        <message>
            <source>The video's sound. Click or drag to move the video; right-click (or click Sound ▾) for the spectrogram.</source>
            <translation>El sonido del video. Haga clic o arrastre para mover el video; clic derecho (o clic en Sonido ▾) para el espectrograma.</translation>
        </message>
        <message>
            <source>Sound ▾</source>
            <translation>Sonido ▾</translation>
        </message>
        <message>
            <source>spectrogram</source>
            <translation>espectrograma</translation>
        </message>
        <message>
            <source>waveform</source>
            <translation>forma de onda</translation>
        </message>
        <message>
            <source>camera {n}</source>
            <translation>cámara {n}</translation>
        </message>
        <message>
            <source>Reading the sound track… {percent} %</source>
            <translation>Leyendo la pista de sonido… {percent} %</translation>
        </message>
        <message>
            <source>&amp;Waveform</source>
            <translation>&amp;Forma de onda</translation>
        </message>
        <message>
            <source>&amp;Spectrogram</source>
            <translation>&amp;Espectrograma</translation>
        </message>
        <message>
            <source>Sound of camera {n}</source>
            <translation>Sonido de la cámara {n}</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>The sample session is not installed with this copy.</source>
            <translation>La sesión de ejemplo no está instalada con esta copia.</translation>
        </message>
        <message>
            <source>Cannot open the sample session</source>
            <translation>No se puede abrir la sesión de ejemplo</translation>
        </message>
        <message>
            <source>version {0} — coding caregiver–infant interaction: attuned, misattuned, repair</source>
            <translation>versión {0} — codificación de la interacción cuidador–bebé: sintonizado, desintonizado, reparación</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nueva sesión…</translation>
        </message>
        <message>
            <source>A video (or two cameras) or a live session, a scheme and the details</source>
            <translation>Un video (o dos cámaras) o una sesión en vivo, un sistema de codificación y los detalles</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Open a session file (.acs)</source>
            <translation>Abrir un archivo de sesión (.acs)</translation>
        </message>
        <message>
            <source>Open the sample session</source>
            <translation>Abrir la sesión de ejemplo</translation>
        </message>
        <message>
            <source>A coded six-minute still-face session to practise on (a copy: the sample itself is never changed)</source>
            <translation>Una sesión de rostro inmóvil de seis minutos ya codificada para practicar (una copia: el ejemplo en sí nunca se modifica)</translation>
        </message>
        <message>
            <source>A session is one &lt;b&gt;.acs&lt;/b&gt; file beside its video (the video is never copied). Press &lt;b&gt;F1&lt;/b&gt; in the coding window for every key.</source>
            <translation>Una sesión es un archivo &lt;b&gt;.acs&lt;/b&gt; junto a su video (el video nunca se copia). Pulse &lt;b&gt;F1&lt;/b&gt; en la ventana de codificación para ver todas las teclas.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent sessions&lt;/b&gt; (click to open)</source>
            <translation>&lt;b&gt;Sesiones recientes&lt;/b&gt; (haga clic para abrir)</translation>
        </message>
        <message>
            <source>No sessions opened yet</source>
            <translation>Aún no se ha abierto ninguna sesión</translation>
        </message>
    </context>
    <context>
        <name>StudyDashboard</name>
        <message>
            <source>You are:</source>
            <translation>Usted es:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Add videos…</source>
            <translation>Añadir videos…</translation>
        </message>
        <message>
            <source>Draw reliability sample…</source>
            <translation>Extraer muestra de fiabilidad…</translation>
        </message>
        <message>
            <source>Agreement…</source>
            <translation>Acuerdo…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>{0} — {1} video(s)</source>
            <translation>{0} — {1} video(s)</translation>
        </message>
        <message>
            <source>{0} — study — attachcoder</source>
            <translation>{0} — estudio — attachcoder</translation>
        </message>
        <message>
            <source>you</source>
            <translation>usted</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next for {0}:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Next for the study:&lt;/b&gt; {2}</source>
            <translation>&lt;b&gt;Siguiente para {0}:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Siguiente para el estudio:&lt;/b&gt; {2}</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{0} of {1} complete</source>
            <translation>{0} de {1} completas</translation>
        </message>
        <message>
            <source>{0}; and {1} more</source>
            <translation>{0}; y {1} más</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>¿Quién es usted?</translation>
        </message>
        <message>
            <source>Choose who you are (You are: …) to open your codings.</source>
            <translation>Elija quién es usted (Usted es: …) para abrir sus codificaciones.</translation>
        </message>
        <message>
            <source>{0} and {1}</source>
            <translation>{0} y {1}</translation>
        </message>
        <message>
            <source>Not yours to code</source>
            <translation>No le corresponde codificarla</translation>
        </message>
        <message>
            <source>Dyad {0} is coded by {1}. {2} has no coding of it; another coder's session is never opened for you (blind double-coding).</source>
            <translation>La díada {0} la codifica {1}. {2} no tiene ninguna codificación de ella; nunca se le abre la sesión de otro codificador/a (doble codificación ciega).</translation>
        </message>
    </context>
    <context>
        <name>StudyLink</name>
        <message>
            <source>This coding is complete and opens read-only; Session → Reopen for editing to change it.</source>
            <translation>Esta codificación está completa y se abre en modo de solo lectura; use Sesión → Reabrir para editar si desea cambiarla.</translation>
        </message>
        <message>
            <source>Not marked complete: states are still running.</source>
            <translation>No marcada como completa: todavía hay estados en curso.</translation>
        </message>
        <message>
            <source>Not marked complete: {0}</source>
            <translation>No marcada como completa: {0}</translation>
        </message>
        <message>
            <source>Cannot open the study</source>
            <translation>No se puede abrir el estudio</translation>
        </message>
    </context>
    <context>
        <name>TransportBar</name>
        <message>
            <source>frame {0}</source>
            <translation>fotograma {0}</translation>
        </message>
        <message>
            <source>Time of the frame on screen (hh:mm:ss.mmm)</source>
            <translation>Tiempo del fotograma en pantalla (hh:mm:ss.mmm)</translation>
        </message>
        <message>
            <source>frame –</source>
            <translation>fotograma –</translation>
        </message>
        <message>
            <source>Number of the frame on screen (the first frame is 0)</source>
            <translation>Número del fotograma en pantalla (el primero es el 0)</translation>
        </message>
        <message>
            <source>Playback speed: ] faster, [ slower, \ back to 1×</source>
            <translation>Velocidad de reproducción: ] más rápido, [ más lento, \ volver a 1×</translation>
        </message>
    </context>
    <context>
        <name>UnsetCount</name>
        <message>
            <source>Episodes whose code has a modifier nobody set yet (marked in the table). Click to select the next one, then choose the value under the table.</source>
            <translation>Episodios cuyo código tiene un modificador que nadie ha definido aún (marcados en la tabla). Haga clic para seleccionar el siguiente y luego elija el valor bajo la tabla.</translation>
        </message>
        <message>
            <source>{0} {1} without {2}</source>
            <translation>{0} × {3} sin {2}</translation>
        </message>
    </context>
    <context>
        <name>VideoProbe</name>
        <message>
            <source>no such file</source>
            <extracomment>(slowest, fastest) rate when the video's rate varies; None when constant or unknown</extracomment>
            <translation>el archivo no existe</translation>
        </message>
    </context>
    <context>
        <name>VideoWidget</name>
        <message>
            <source>No video</source>
            <translation>Sin video</translation>
        </message>
        <message>
            <source>Loading the video…</source>
            <translation>Cargando el video…</translation>
        </message>
        <message>
            <source>File ▸ Locate video…</source>
            <translation>Archivo ▸ Localizar video…</translation>
        </message>
        <message>
            <source>The video</source>
            <translation>El video</translation>
        </message>
        <message>
            <source>{0} cannot be played:
{1}.

Choose a good copy of the video with {2}
The coding in the table can still be edited.</source>
            <translation>{0} no se puede reproducir:
{1}.

Elija una copia en buen estado del video con {2}
La codificación de la tabla se puede seguir editando.</translation>
        </message>
    </context>
    <context>
        <name>agreement</name>
        <message>
            <source>excellent</source>
            <extracomment>Koo &amp; Li (2016): below .50 poor, .50–.75 moderate, .75–.90 good, above .90 excellent.</extracomment>
            <translation>excelente</translation>
        </message>
        <message>
            <source>good</source>
            <translation>bueno</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>almost perfect</source>
            <extracomment>The normal quantile of a two-sided 95% interval (z_.975), as statsmodels' cohens_kappa. Landis &amp; Koch (1977), intervals closed on the left. Printed beside κ, never as a verdict. The words are marked for translation (context "agreement"): the window and the workbook show them in their language; JSON and text output keep these.</extracomment>
            <translation>casi perfecto</translation>
        </message>
        <message>
            <source>substantial</source>
            <translation>considerable</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>aceptable</translation>
        </message>
        <message>
            <source>slight</source>
            <translation>leve</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>pobre</translation>
        </message>
        <message>
            <source>SE and 95% CI of κ: Fleiss, Cohen &amp; Everitt (1969), treating units as independent (they are not: neighbouring time units are alike, so the interval is too narrow).</source>
            <translation>EE e IC del 95 % de κ: Fleiss, Cohen y Everitt (1969), tratando las unidades como independientes (no lo son: las unidades de tiempo vecinas se parecen, así que el intervalo es demasiado estrecho).</translation>
        </message>
        <message>
            <source>[{0}, {1}]</source>
            <extracomment>Okabe–Ito, one colour per coder (they repeat past eight coders)</extracomment>
            <translation>[{0}; {1}]</translation>
        </message>
        <message>
            <source>Observer drift: rolling mean κ of the last five pairs</source>
            <translation>Deriva del observador: κ medio móvil de los últimos cinco pares</translation>
        </message>
        <message>
            <source>reliability pair, by completion</source>
            <translation>par de fiabilidad, por orden de finalización</translation>
        </message>
        <message>
            <source>{0} (below criterion)</source>
            <translation>{0} (por debajo del criterio)</translation>
        </message>
        <message>
            <source>criterion {0}</source>
            <translation>criterio {0}</translation>
        </message>
    </context>
    <context>
        <name>completion</name>
        <message>
            <source>states are still running; choose where they end</source>
            <translation>todavía hay estados en curso; elija dónde terminan</translation>
        </message>
        <message>
            <source>{0}, does not start before {1}, so it cannot end there; show a later frame, or close it at the end of the video</source>
            <translation>{0} no empieza antes de {1}, así que no puede terminar ahí; muestre un fotograma posterior o ciérrelo al final del video</translation>
        </message>
    </context>
    <context>
        <name>conflict</name>
        <message>
            <source>{0} — missing</source>
            <translation>{0} — no encontrado</translation>
        </message>
        <message>
            <source>{0} — saved {1}, cannot be read ({2})</source>
            <translation>{0} — guardado {1}, no se puede leer ({2})</translation>
        </message>
        <message>
            <source>{0} — saved {1}, {2}</source>
            <translation>{0} — guardado {1}, {2}</translation>
        </message>
        <message>
            <source>Two copies of this coding</source>
            <translation>Dos copias de esta codificación</translation>
        </message>
        <message>
            <source>A sync client (or a person) left a second copy of this coding:

  • {0}
  • {1}

Until one is kept, the video counts as a conflict: it is in no export and no agreement. Compare the two, then keep one — the other is renamed aside (….bak), never deleted.</source>
            <translation>Un cliente de sincronización (o una persona) dejó una segunda copia de esta codificación:

  • {0}
  • {1}

Hasta que se conserve una, el video cuenta como conflicto: no entra en ninguna exportación ni en ningún cálculo de acuerdo. Compare las dos y conserve una; la otra se renombra aparte (….bak), nunca se elimina.</translation>
        </message>
        <message>
            <source>Keep {0}</source>
            <translation>Conservar {0}</translation>
        </message>
        <message>
            <source>Compare the two</source>
            <translation>Comparar las dos</translation>
        </message>
        <message>
            <source>Nothing changed</source>
            <translation>No cambió nada</translation>
        </message>
        <message>
            <source>The files could not be renamed: {0}</source>
            <translation>No se pudieron renombrar los archivos: {0}</translation>
        </message>
        <message>
            <source>Conflict resolved</source>
            <translation>Conflicto resuelto</translation>
        </message>
        <message>
            <source>Kept {0}; the other is now {1}.</source>
            <translation>Se conservó {0}; la otra ahora es {1}.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>The language of the sheet names, headings and notes; the data tables' column names stay English identifiers.</source>
            <translation>El idioma de los nombres de las hojas, los encabezados y las notas; los nombres de columna de las tablas de datos siguen siendo identificadores en inglés.</translation>
        </message>
        <message>
            <source>the export failed unexpectedly ({0}); see the log</source>
            <translation>la exportación falló inesperadamente ({0}); consulte el registro</translation>
        </message>
    </context>
    <context>
        <name>file_flow</name>
        <message>
            <source>Cannot open the session</source>
            <translation>No se puede abrir la sesión</translation>
        </message>
        <message>
            <source>Recovered unsaved coding of {0}; save to keep it.</source>
            <translation>Se recuperó la codificación sin guardar de {0}; guárdela para conservarla.</translation>
        </message>
        <message>
            <source>(last change {0})</source>
            <translation>(último cambio {0})</translation>
        </message>
        <message>
            <source>This session has no video</source>
            <translation>Esta sesión no tiene video</translation>
        </message>
        <message>
            <source>Video not found: {0}
File ▸ Locate video…</source>
            <translation>Video no encontrado: {0}
Archivo ▸ Localizar video…</translation>
        </message>
        <message>
            <source>The video {0} was not found; the table can still be edited. Locate it from the File menu.</source>
            <translation>No se encontró el video {0}; la tabla se puede seguir editando. Localícelo desde el menú Archivo.</translation>
        </message>
        <message>
            <source>Locate video</source>
            <translation>Localizar el video</translation>
        </message>
        <message>
            <source>Cannot use this video</source>
            <translation>No se puede usar este video</translation>
        </message>
        <message>
            <source>Using the video {0}; save to remember where it is.</source>
            <translation>Se usa el video {0}; guarde para recordar dónde está.</translation>
        </message>
        <message>
            <source>Your coding is safe in memory and in the journal; try another place.</source>
            <translation>Su codificación está a salvo en la memoria y en el diario; pruebe en otra ubicación.</translation>
        </message>
        <message>
            <source>Your coding is only in memory now: keep this window open and save to another place (another disk or folder).</source>
            <translation>Ahora su codificación solo está en la memoria: mantenga esta ventana abierta y guarde en otra ubicación (otro disco u otra carpeta).</translation>
        </message>
        <message>
            <source>The session was not saved: {0}</source>
            <translation>No se guardó la sesión: {0}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Guardado {0}</translation>
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
            <translation>En la tabla de episodios, F2 edita la celda; Enter guarda la edición. En un límite que comparten dos episodios contiguos, un nuevo inicio o fin mueve &lt;b&gt;ambos&lt;/b&gt; lados, como al arrastrar el límite en la línea de tiempo (un paso de deshacer).</translation>
        </message>
        <message>
            <source>Shift+Enter</source>
            <translation>Shift+Enter</translation>
        </message>
        <message>
            <source>Keeps a new onset or offset for &lt;b&gt;this edge alone&lt;/b&gt; (the neighbour stays: a gap opens, or an overlap is refused). In the timeline, hold Shift while dragging an edge.</source>
            <translation>Guarda un nuevo inicio o fin &lt;b&gt;solo para este borde&lt;/b&gt; (el vecino se queda: se abre un hueco, o se rechaza un solapamiento). En la línea de tiempo, mantenga Shift mientras arrastra un borde.</translation>
        </message>
        <message>
            <source>Note, modifiers</source>
            <translation>Nota, modificadores</translation>
        </message>
        <message>
            <source>Under the table, the selected episode's note (Ctrl+Enter or clicking away keeps it, Escape puts back what was there) and its modifiers. A modifier left unset is tinted in the table and counted in the status bar; click the count to go to the next one.</source>
            <translation>Bajo la tabla, la nota del episodio seleccionado (Ctrl+Enter o hacer clic fuera la guarda; Escape restaura lo que había) y sus modificadores. Un modificador sin definir aparece resaltado en la tabla y se cuenta en la barra de estado; haga clic en el recuento para ir al siguiente.</translation>
        </message>
        <message>
            <source>Editing episodes</source>
            <translation>Edición de episodios</translation>
        </message>
        <message>
            <source>Keys for the scheme “{0}”</source>
            <translation>Teclas del sistema de codificación «{0}»</translation>
        </message>
        <message>
            <source>A &lt;b&gt;state&lt;/b&gt; key starts that state and ends the one running in its layer at the same frame; pressing the running state's key again ends it. A &lt;b&gt;point&lt;/b&gt; key marks an instant. Keys code the frame on screen, wherever the focus is (except in a text field); Shift is never needed.</source>
            <translation>Una tecla de &lt;b&gt;estado&lt;/b&gt; inicia ese estado y termina el que está en curso en su capa en el mismo fotograma; pulsar otra vez la tecla del estado en curso lo termina. Una tecla de &lt;b&gt;punto&lt;/b&gt; marca un instante. Las teclas codifican el fotograma en pantalla, esté donde esté el foco (salvo en un campo de texto); nunca hace falta Shift.</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Significado</translation>
        </message>
        <message>
            <source>states</source>
            <translation>estados</translation>
        </message>
        <message>
            <source>points</source>
            <translation>puntos</translation>
        </message>
        <message>
            <source>then choose {0}</source>
            <translation>luego elija {0}</translation>
        </message>
        <message>
            <source>asks for a note (Enter keeps it, Escape leaves it out)</source>
            <translation>pide una nota (Enter la guarda, Escape la omite)</translation>
        </message>
        <message>
            <source>Player and window keys</source>
            <translation>Teclas del reproductor y de la ventana</translation>
        </message>
        <message>
            <source>Does</source>
            <translation>Acción</translation>
        </message>
    </context>
    <context>
        <name>ids</name>
        <message>
            <source>the {0} {1} holds {2}: IDs name rows in every report and files on disk; type it again without control or text-direction characters</source>
            <translation>el {0} {1} contiene {2}: los ID dan nombre a filas en todos los informes y a archivos en el disco; escríbalo de nuevo sin caracteres de control ni de dirección del texto</translation>
        </message>
    </context>
    <context>
        <name>keymap</name>
        <message>
            <source> or </source>
            <extracomment>"player" keys are routed by the window itself wherever the focus is (except text fields); "menu" keys are ordinary menu shortcuts (a text field keeps its own Ctrl+Z). the menu an action sits in (None: it has keys only) who runs it: "window" (the main window's methods), "session" (the Session menu's ``SessionActions``), or the part named (camera 2, import/export, Compare with…, the live clock, the timeline, the study link); a player action with no slot runs through the window's ``trigger`` "document": enabled only while a session is open; "part": its owner enables it by a state of its own (camera 2 needs a second video, Stop comparing a comparison, Undo a step)</extracomment>
            <translation> o </translation>
        </message>
        <message>
            <source>E&amp;xport for other tools</source>
            <translation>E&amp;xportar para otras herramientas</translation>
        </message>
        <message>
            <source>Play / pause</source>
            <translation>Reproducir / pausar</translation>
        </message>
        <message>
            <source>Next frame</source>
            <translation>Fotograma siguiente</translation>
        </message>
        <message>
            <source>Previous frame</source>
            <translation>Fotograma anterior</translation>
        </message>
        <message>
            <source>Forward 1 s</source>
            <translation>Avanzar 1 s</translation>
        </message>
        <message>
            <source>Back 1 s</source>
            <translation>Retroceder 1 s</translation>
        </message>
        <message>
            <source>Forward 5 s</source>
            <translation>Avanzar 5 s</translation>
        </message>
        <message>
            <source>Back 5 s</source>
            <translation>Retroceder 5 s</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Más rápido</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>Más lento</translation>
        </message>
        <message>
            <source>Normal speed (1×)</source>
            <translation>Velocidad normal (1×)</translation>
        </message>
        <message>
            <source>Keep playing while typing a note</source>
            <translation>Seguir reproduciendo mientras se escribe una nota</translation>
        </message>
        <message>
            <source>Timeline follows the playhead</source>
            <translation>La línea de tiempo sigue al cabezal de reproducción</translation>
        </message>
        <message>
            <source>Delete the selected episode</source>
            <translation>Eliminar el episodio seleccionado</translation>
        </message>
        <message>
            <source>&amp;Delete episode</source>
            <translation>&amp;Eliminar episodio</translation>
        </message>
        <message>
            <source>Close a prompt</source>
            <translation>Cerrar un aviso</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nueva sesión…</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Nueva sesión…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open recent</source>
            <translation>Abrir reciente</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Guardar &amp;como…</translation>
        </message>
        <message>
            <source>Locate video…</source>
            <translation>Localizar video…</translation>
        </message>
        <message>
            <source>&amp;Locate video…</source>
            <translation>&amp;Localizar video…</translation>
        </message>
        <message>
            <source>Locate camera 2 video…</source>
            <translation>Localizar el video de la cámara 2…</translation>
        </message>
        <message>
            <source>Locate camera &amp;2 video…</source>
            <translation>Localizar el video de la cámara &amp;2…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Export workbook…</source>
            <translation>Exportar libro de trabajo…</translation>
        </message>
        <message>
            <source>&amp;Export workbook…</source>
            <translation>&amp;Exportar libro de trabajo…</translation>
        </message>
        <message>
            <source>Batch export…</source>
            <translation>Exportación por lotes…</translation>
        </message>
        <message>
            <source>&amp;Batch export…</source>
            <translation>Exportación por lo&amp;tes…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Open an ELAN, BORIS, Datavyu or Praat coding as a new session</source>
            <translation>Abrir una codificación de ELAN, BORIS, Datavyu o Praat como sesión nueva</translation>
        </message>
        <message>
            <source>ELAN (.eaf)…</source>
            <translation>ELAN (.eaf)…</translation>
        </message>
        <message>
            <source>Write this session as ELAN annotation file</source>
            <translation>Escribir esta sesión como archivo de anotación de ELAN</translation>
        </message>
        <message>
            <source>BORIS (.boris)…</source>
            <translation>BORIS (.boris)…</translation>
        </message>
        <message>
            <source>Write this session as a BORIS project (ethogram from the scheme, one observation)</source>
            <translation>Escribir esta sesión como proyecto de BORIS (etograma a partir del sistema de codificación, una observación)</translation>
        </message>
        <message>
            <source>Datavyu (.opf)…</source>
            <translation>Datavyu (.opf)…</translation>
        </message>
        <message>
            <source>Write this session as a Datavyu project (one column per layer)</source>
            <translation>Escribir esta sesión como proyecto de Datavyu (una columna por capa)</translation>
        </message>
        <message>
            <source>Praat (.TextGrid)…</source>
            <translation>Praat (.TextGrid)…</translation>
        </message>
        <message>
            <source>Write this session as a Praat TextGrid (one tier per layer)</source>
            <translation>Escribir esta sesión como TextGrid de Praat (un nivel por capa)</translation>
        </message>
        <message>
            <source>SDIS for GSEQ (.sds)…</source>
            <translation>SDIS para GSEQ (.sds)…</translation>
        </message>
        <message>
            <source>Write this session as SDIS timed-event data for GSEQ</source>
            <translation>Escribir esta sesión como datos de eventos temporizados SDIS para GSEQ</translation>
        </message>
        <message>
            <source>Episodes table (.csv)…</source>
            <translation>Tabla de episodios (.csv)…</translation>
        </message>
        <message>
            <source>Write this session as episodes table (CSV)</source>
            <translation>Escribir esta sesión como tabla de episodios (CSV)</translation>
        </message>
        <message>
            <source>Leave notes out</source>
            <translation>Omitir las notas</translation>
        </message>
        <message>
            <source>Write the exports above without the coders' notes</source>
            <translation>Escribir las exportaciones anteriores sin las notas de los codificadores</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>Comparar con…</translation>
        </message>
        <message>
            <source>&amp;Compare with…</source>
            <translation>Com&amp;parar con…</translation>
        </message>
        <message>
            <source>Load another coding of this session (e.g. a second observer's) and see where the two agree</source>
            <translation>Cargar otra codificación de esta sesión (p. ej., la de un segundo observador) y ver dónde coinciden las dos</translation>
        </message>
        <message>
            <source>Stop comparing</source>
            <translation>Dejar de comparar</translation>
        </message>
        <message>
            <source>S&amp;top comparing</source>
            <translation>&amp;Dejar de comparar</translation>
        </message>
        <message>
            <source>New study…</source>
            <translation>Nuevo estudio…</translation>
        </message>
        <message>
            <source>New stud&amp;y…</source>
            <translation>Nuevo est&amp;udio…</translation>
        </message>
        <message>
            <source>Open study…</source>
            <translation>Abrir estudio…</translation>
        </message>
        <message>
            <source>Open s&amp;tudy…</source>
            <translation>Abrir estudi&amp;o…</translation>
        </message>
        <message>
            <source>Keyboard help</source>
            <translation>Ayuda del teclado</translation>
        </message>
        <message>
            <source>&amp;Keyboard…</source>
            <translation>&amp;Teclado…</translation>
        </message>
        <message>
            <source>Language…</source>
            <translation>Idioma…</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>Idio&amp;ma…</translation>
        </message>
        <message>
            <source>The language of the window, the default scheme and the workbook</source>
            <translation>El idioma de la ventana, del sistema de codificación predeterminado y del libro de trabajo</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Coding scheme…</source>
            <translation>Sistema de codificación…</translation>
        </message>
        <message>
            <source>Coding &amp;scheme…</source>
            <translation>&amp;Sistema de codificación…</translation>
        </message>
        <message>
            <source>Layers, codes, keys, colours and rating items</source>
            <translation>Capas, códigos, teclas, colores e ítems de valoración</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Detalles…</translation>
        </message>
        <message>
            <source>&amp;Details…</source>
            <translation>&amp;Detalles…</translation>
        </message>
        <message>
            <source>Dyad and coder IDs, date, infant age, caregiver, notes</source>
            <translation>ID de la díada y del codificador/a, fecha, edad del bebé, cuidador, notas</translation>
        </message>
        <message>
            <source>Ratings…</source>
            <translation>Valoraciones…</translation>
        </message>
        <message>
            <source>&amp;Ratings…</source>
            <translation>&amp;Valoraciones…</translation>
        </message>
        <message>
            <source>Start / pause the clock</source>
            <translation>Iniciar / pausar el reloj</translation>
        </message>
        <message>
            <source>Stop the clock</source>
            <translation>Detener el reloj</translation>
        </message>
        <message>
            <source>Mark coding complete</source>
            <translation>Marcar la codificación como completa</translation>
        </message>
        <message>
            <source>Reopen for editing</source>
            <translation>Reabrir para editar</translation>
        </message>
        <message>
            <source>Open the sample session</source>
            <translation>Abrir la sesión de ejemplo</translation>
        </message>
        <message>
            <source>Open the &amp;sample session</source>
            <translation>Abrir la sesión de &amp;ejemplo</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>Follow the system</source>
            <translation>Según el sistema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of the window, the default scheme and the workbook:</source>
            <translation>El idioma de la ventana, del sistema de codificación predeterminado y del libro de trabajo:</translation>
        </message>
        <message>
            <source>the system's language</source>
            <translation>el idioma del sistema</translation>
        </message>
        <message>
            <source>attachcoder speaks {0} from its next start.</source>
            <translation>attachcoder usará {0} desde el próximo inicio.</translation>
        </message>
    </context>
    <context>
        <name>load_watch</name>
        <message>
            <source>it is not a video that can be read (damaged, cut short, or not a video file)</source>
            <extracomment>the reasons, in English (marked; shown through :func:`said` in the window's language)</extracomment>
            <translation>no es un video legible (dañado, truncado o no es un archivo de video)</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes)</source>
            <translation>el archivo está vacío (0 bytes)</translation>
        </message>
        <message>
            <source>it has no video stream (sound only)</source>
            <translation>no tiene pista de video (solo sonido)</translation>
        </message>
        <message>
            <source>no picture could be decoded from it (the file is probably cut short or damaged)</source>
            <translation>no se pudo decodificar ninguna imagen (probablemente el archivo está truncado o dañado)</translation>
        </message>
        <message>
            <source>it could not be read in time</source>
            <translation>no se pudo leer a tiempo</translation>
        </message>
        <message>
            <source>it cannot be read ({0})</source>
            <translation>no se puede leer ({0})</translation>
        </message>
    </context>
    <context>
        <name>measures</name>
        <message>
            <source>Length of the phase (or of the whole session for phase 'all').</source>
            <translation>Duración de la fase (o de toda la sesión para la fase 'all').</translation>
        </message>
        <message>
            <source>Number of segments added up: phase episodes, or stretches outside every phase. Without phases the whole session is one segment.</source>
            <translation>Número de segmentos sumados: episodios de fase, o tramos fuera de toda fase. Sin fases, toda la sesión es un solo segmento.</translation>
        </message>
        <message>
            <source>Episodes in the session file (all layers; phase 'all' only).</source>
            <translation>Episodios del archivo de sesión (todas las capas; solo fase 'all').</translation>
        </message>
        <message>
            <source>Episodes that cross a segment boundary; each is clipped and counted once in every segment it touches.</source>
            <translation>Episodios que cruzan un límite de segmento; cada uno se recorta y se cuenta una vez en cada segmento que toca.</translation>
        </message>
        <message>
            <source>How far the coding was observed (metadata.observed_to_ms, or the last coded instant when later): every figure covers 0 to here. Empty when the file does not say (older files, imports): then the whole media is covered.</source>
            <translation>Hasta dónde se observó la codificación (metadata.observed_to_ms, o el último instante codificado si es posterior): todas las cifras cubren desde 0 hasta aquí. Vacío cuando el archivo no lo indica (archivos antiguos, importaciones): entonces se cubre todo el medio.</translation>
        </message>
        <message>
            <source>Length of the media (of the live session's clock without media).</source>
            <translation>Duración del medio (del reloj de la sesión en vivo si no hay medio).</translation>
        </message>
        <message>
            <source>observed_to / media_duration.</source>
            <translation>observed_to / media_duration.</translation>
        </message>
        <message>
            <source>States still running in the file, ended where the coding was observed to for these figures.</source>
            <translation>Estados aún en curso en el archivo, terminados donde llegó la observación de la codificación para estas cifras.</translation>
        </message>
        <message>
            <source>States still running in a file that does not say how far it was observed: left out of every figure (never taken to run to the end of the media).</source>
            <translation>Estados aún en curso en un archivo que no indica hasta dónde se observó: excluidos de todas las cifras (nunca se supone que duran hasta el final del medio).</translation>
        </message>
        <message>
            <source>Time the layer's episodes cover (uncodable time included).</source>
            <translation>Tiempo que cubren los episodios de la capa (incluido el tiempo no codificable).</translation>
        </message>
        <message>
            <source>Time of the phase not covered by any episode of the layer.</source>
            <translation>Tiempo de la fase que no cubre ningún episodio de la capa.</translation>
        </message>
        <message>
            <source>Covered time / duration.</source>
            <translation>Tiempo cubierto / duración.</translation>
        </message>
        <message>
            <source>Uncoded gaps longer than 1 s (for 'all', found on the whole session's timeline; for a phase, the parts inside its segments).</source>
            <translation>Intervalos sin codificar de más de 1 s (para 'all', buscados en la línea de tiempo de toda la sesión; para una fase, las partes dentro de sus segmentos).</translation>
        </message>
        <message>
            <source>Total length of those gaps.</source>
            <translation>Duración total de esos intervalos.</translation>
        </message>
        <message>
            <source>T: covered time minus time in codes with role 'excluded'. The denominator of every proportion and rate of the layer.</source>
            <translation>T: tiempo cubierto menos el tiempo en códigos con el rol 'excluded'. El denominador de todas las proporciones y tasas de la capa.</translation>
        </message>
        <message>
            <source>Time in codes with role 'excluded'.</source>
            <translation>Tiempo en códigos con el rol 'excluded'.</translation>
        </message>
        <message>
            <source>Number of episodes of the code (a point's count for point layers).</source>
            <translation>Número de episodios del código (el número de puntos en las capas de puntos).</translation>
        </message>
        <message>
            <source>D: summed duration of the code's episodes.</source>
            <translation>D: suma de las duraciones de los episodios del código.</translation>
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
            <translation>Mediana de la duración de los episodios.</translation>
        </message>
        <message>
            <source>count / (T / 60 s). For point codes T is the interaction layer's codable time (the phase's duration when there is no interaction layer).</source>
            <translation>count / (T / 60 s). Para los códigos de punto, T es el tiempo codificable de la capa de interacción (la duración de la fase si no hay capa de interacción).</translation>
        </message>
        <message>
            <source>Time in codes with role 'attuned' / T of the interaction layer.</source>
            <translation>Tiempo en códigos con el rol 'attuned' / T de la capa de interacción.</translation>
        </message>
        <message>
            <source>Time in codes with role 'misattuned' / T.</source>
            <translation>Tiempo en códigos con el rol 'misattuned' / T.</translation>
        </message>
        <message>
            <source>Time in codes with role 'repair' / T.</source>
            <translation>Tiempo en códigos con el rol 'repair' / T.</translation>
        </message>
        <message>
            <source>Episodes with role 'misattuned'.</source>
            <translation>Episodios con el rol 'misattuned'.</translation>
        </message>
        <message>
            <source>Ruptures followed, inside their segment and skipping 'excluded' episodes and gaps, by an 'attuned' episode before any other 'misattuned' one.</source>
            <translation>Rupturas seguidas, dentro de su segmento y saltando episodios 'excluded' e intervalos sin codificar, por un episodio 'attuned' antes que por cualquier otro 'misattuned'.</translation>
        </message>
        <message>
            <source>Ruptures followed first by another 'misattuned' one.</source>
            <translation>Rupturas seguidas primero por otra 'misattuned'.</translation>
        </message>
        <message>
            <source>Ruptures whose segment ends first (censored).</source>
            <translation>Rupturas cuyo segmento termina antes (censuradas).</translation>
        </message>
        <message>
            <source>repaired / (ruptures − unresolved).</source>
            <translation>reparadas / (rupturas − no resueltas).</translation>
        </message>
        <message>
            <source>Mean of (onset of the repairing 'attuned' episode − onset of the rupture), clock time: skipped excluded and uncoded time counts.</source>
            <translation>Media de (inicio del episodio 'attuned' que repara − inicio de la ruptura), en tiempo de reloj: el tiempo excluido y sin codificar que se salta también cuenta.</translation>
        </message>
        <message>
            <source>Median time to repair.</source>
            <translation>Mediana del tiempo hasta la reparación.</translation>
        </message>
        <message>
            <source>Number of repaired ruptures the time to repair is over.</source>
            <translation>Número de rupturas reparadas sobre las que se calcula el tiempo hasta la reparación.</translation>
        </message>
        <message>
            <source>Episodes with role 'repair'.</source>
            <translation>Episodios con el rol 'repair'.</translation>
        </message>
        <message>
            <source>Repair attempts whose next codable episode in the segment is 'attuned'.</source>
            <translation>Intentos de reparación cuyo siguiente episodio codificable en el segmento es 'attuned'.</translation>
        </message>
        <message>
            <source>Repair attempts cut off by the end of their segment (no codable episode follows in it): censored, like unresolved ruptures.</source>
            <translation>Intentos de reparación interrumpidos por el final de su segmento (no les sigue ningún episodio codificable en él): censurados, como las rupturas no resueltas.</translation>
        </message>
        <message>
            <source>successful / (repair attempts − unresolved attempts).</source>
            <translation>exitosos / (intentos de reparación − intentos no resueltos).</translation>
        </message>
        <message>
            <source>Repair attempts by modifier value, e.g. repair_attempts_initiator_caregiver; '_not_coded' when the modifier was left empty.</source>
            <translation>Intentos de reparación por valor del modificador, p. ej., repair_attempts_initiator_caregiver; '_not_coded' cuando el modificador se dejó vacío.</translation>
        </message>
        <message>
            <source>n_ij: lag-1 transitions from code i to code j between consecutive codable episodes of the interaction layer inside a segment; an 'excluded' episode or an uncoded gap breaks the chain.</source>
            <translation>n_ij: transiciones de desfase 1 (lag-1) del código i al código j entre episodios codificables consecutivos de la capa de interacción dentro de un segmento; un episodio 'excluded' o un intervalo sin codificar rompe la cadena.</translation>
        </message>
        <message>
            <source>p(j | i) = n_ij / n_i+.</source>
            <translation>p(j | i) = n_ij / n_i+.</translation>
        </message>
        <message>
            <source>Yule's Q for i → j: a = n_ij, b = n_i+ − a, c = n_+j − a, d = N − a − b − c; Q = (ad − bc) / (ad + bc). On the diagonal (i → i) Q is near −1 by construction: a state is normally followed by another code, so read it as no effect.</source>
            <translation>Q de Yule para i → j: a = n_ij, b = n_i+ − a, c = n_+j − a, d = N − a − b − c; Q = (ad − bc) / (ad + bc). En la diagonal (i → i), Q está cerca de −1 por construcción: a un estado normalmente le sigue otro código, así que no debe interpretarse como un efecto.</translation>
        </message>
        <message>
            <source>m(still-face) − m(play) for a headline measure m; needs all three phases coded. The phases are the phase codes with roles play, still-face and reunion (never the codes' order); without those roles it is empty, with a note.</source>
            <translation>m(still-face) − m(play) para una medida principal m; requiere que las tres fases estén codificadas. Las fases son los códigos de fase con los roles play, still-face y reunion (nunca el orden de los códigos); sin esos roles queda vacío, con una nota.</translation>
        </message>
        <message>
            <source>m(reunion) − m(play) for a headline measure.</source>
            <translation>m(reunion) − m(play) para una medida principal.</translation>
        </message>
        <message>
            <source>The session's global rating for the item named in 'code'.</source>
            <translation>La valoración global de la sesión para el ítem nombrado en 'code'.</translation>
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sesión</translation>
        </message>
        <message>
            <source>&amp;Playback</source>
            <translation>&amp;Reproducción</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
    </context>
    <context>
        <name>observed</name>
        <message>
            <source>{0} in layer {1}, started at {2}</source>
            <extracomment>the end of the span every figure covers (the observed end, or the media's end) the end of the media (the span a fully observed coding covers) as the file says (None: not recorded — an older file or an import) states still running, ended at ``end_ms`` for the figures: (layer, episode) states still running in a file that does not say how far it was observed: left out</extracomment>
            <translation>{0} en la capa {1}, iniciado en {2}</translation>
        </message>
        <message>
            <source>{0}, is still running and the file does not say how far the coding was observed (no observed_to_ms: an older file or an import); it is left out of every figure. Open the session in attachcoder and end it where it ends.</source>
            <translation>{0}, sigue en curso y el archivo no indica hasta dónde se observó la codificación (sin observed_to_ms: un archivo antiguo o una importación); se excluye de todas las cifras. Abra la sesión en attachcoder y termínelo donde termina.</translation>
        </message>
        <message>
            <source>the figures end it at {0}, as far as this coding was observed</source>
            <translation>las cifras lo terminan en {0}, hasta donde se observó esta codificación</translation>
        </message>
        <message>
            <source>no figure counts it until the coding says how far it was observed</source>
            <translation>ninguna cifra lo cuenta hasta que la codificación indique hasta dónde se observó</translation>
        </message>
        <message>
            <source>Still running: {0} — {1}. End it with its key, or Session → Mark coding complete when the coding is done.</source>
            <translation>Aún en curso: {0} — {1}. Termínelo con su tecla, o use Sesión → Marcar la codificación como completa cuando la codificación esté terminada.</translation>
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
            <translation>Sesiones de attachcoder</translation>
        </message>
        <message>
            <source>{0} has changes that are not saved.

Save them before closing?</source>
            <translation>{0} tiene cambios sin guardar.

¿Desea guardarlos antes de cerrar?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>These states are still running:
{0}

A complete coding has nothing running. Where do they end?</source>
            <translation>Estos estados todavía están en curso:
{0}

Una codificación completa no tiene nada en curso. ¿Dónde terminan?</translation>
        </message>
        <message>
            <source>At the end of the video ({0})</source>
            <translation>Al final del video ({0})</translation>
        </message>
        <message>
            <source>At the end of the session ({0})</source>
            <translation>Al final de la sesión ({0})</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>At the frame on screen ({0})</source>
            <translation>En el fotograma en pantalla ({0})</translation>
        </message>
        <message>
            <source>At the clock's time ({0})</source>
            <translation>En la hora del reloj ({0})</translation>
        </message>
        <message>
            <source>States still running</source>
            <translation>Estados aún en curso</translation>
        </message>
        <message>
            <source>{0} is open in {1}.

If both copies change it, each overwrites the other's saves and crash journal, and coding is lost. Close it there first, or open it here only if that copy is no longer in use.</source>
            <translation>{0} está abierto en {1}.

Si ambas copias lo modifican, cada una sobrescribe lo que guarda la otra y su diario de recuperación, y se pierde codificación. Ciérrelo primero allí, o ábralo aquí solo si esa copia ya no está en uso.</translation>
        </message>
        <message>
            <source>Session open elsewhere</source>
            <translation>Sesión abierta en otro lugar</translation>
        </message>
        <message>
            <source>Open anyway</source>
            <translation>Abrir de todos modos</translation>
        </message>
        <message>
            <source>Changed on disk</source>
            <translation>Modificado en el disco</translation>
        </message>
        <message>
            <source>{0} was changed on disk since this window opened or saved it — by another window, another computer (through a sync client) or a program.

Overwrite it with this window's coding, save this coding under another name, or reload the file from disk (this window's unsaved changes are then dropped)?</source>
            <translation>{0} se modificó en el disco desde que esta ventana lo abrió o lo guardó: desde otra ventana, otro equipo (mediante un cliente de sincronización) o un programa.

¿Sobrescribirlo con la codificación de esta ventana, guardar esta codificación con otro nombre o volver a cargar el archivo desde el disco (en ese caso se descartan los cambios sin guardar de esta ventana)?</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Sobrescribir</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <source>Reload from disk</source>
            <translation>Volver a cargar desde el disco</translation>
        </message>
        <message>
            <source>Recover unsaved coding?</source>
            <translation>¿Recuperar la codificación sin guardar?</translation>
        </message>
        <message>
            <source>{0} was not closed properly {1}, and it has coding that was never saved.

Recover it? (Recovered coding is marked as unsaved until you save it.)</source>
            <translation>{0} no se cerró correctamente {1} y tiene codificación que nunca se guardó.

¿Recuperarla? (La codificación recuperada se marca como no guardada hasta que la guarde).</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <source>Discard the unsaved coding</source>
            <translation>Descartar la codificación sin guardar</translation>
        </message>
        <message>
            <source>Video not found</source>
            <translation>Video no encontrado</translation>
        </message>
        <message>
            <source>The session's video is not where it was:
{0}

Locate it? You can keep coding in the table meanwhile, and locate it later from the File menu.</source>
            <translation>El video de la sesión ya no está donde estaba:
{0}

¿Desea localizarlo? Mientras tanto puede seguir codificando en la tabla y localizarlo más tarde desde el menú Archivo.</translation>
        </message>
        <message>
            <source>Locate…</source>
            <translation>Localizar…</translation>
        </message>
        <message>
            <source>Continue without video</source>
            <translation>Continuar sin video</translation>
        </message>
        <message>
            <source>Not the same video</source>
            <translation>No es el mismo video</translation>
        </message>
        <message>
            <source>{0} is not the video this session was coded on (its content differs).

Use it anyway? Times would then refer to a different recording.</source>
            <translation>{0} no es el video con el que se codificó esta sesión (su contenido es distinto).

¿Usarlo de todos modos? Los tiempos se referirían entonces a otra grabación.</translation>
        </message>
        <message>
            <source>Choose another…</source>
            <translation>Elegir otro…</translation>
        </message>
        <message>
            <source>Use it anyway</source>
            <translation>Usarlo de todos modos</translation>
        </message>
        <message>
            <source>Locate the video</source>
            <translation>Localizar el video</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Abrir una sesión</translation>
        </message>
        <message>
            <source>Save the session as</source>
            <translation>Guardar la sesión como</translation>
        </message>
    </context>
    <context>
        <name>read_only</name>
        <message>
            <source>This coding is marked complete, so it is read-only. Choose Session → Reopen for editing to change it.</source>
            <translation>Esta codificación está marcada como completa, así que es de solo lectura. Elija Sesión → Reabrir para editar si desea cambiarla.</translation>
        </message>
    </context>
    <context>
        <name>scheme_editor</name>
        <message>
            <source>Schemes</source>
            <translation>Sistemas de codificación</translation>
        </message>
        <message>
            <source>Edit the coding scheme</source>
            <translation>Editar el sistema de codificación</translation>
        </message>
        <message>
            <source>The scheme does not fit this session</source>
            <translation>El sistema de codificación no es compatible con esta sesión</translation>
        </message>
    </context>
    <context>
        <name>scheme_forms</name>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>interaction</source>
            <extracomment>the roles as the scheme files write them, marked for translation where the forms show them</extracomment>
            <translation>interacción</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>fase</translation>
        </message>
        <message>
            <source>attuned</source>
            <translation>sintonizado</translation>
        </message>
        <message>
            <source>misattuned</source>
            <translation>desintonizado</translation>
        </message>
        <message>
            <source>repair</source>
            <translation>reparación</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>excluido</translation>
        </message>
        <message>
            <source>play</source>
            <translation>juego</translation>
        </message>
        <message>
            <source>still-face</source>
            <translation>rostro inmóvil</translation>
        </message>
        <message>
            <source>reunion</source>
            <translation>reencuentro</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>{0} is still running in layer {1}; {2} cannot start after it (end {3} first)</source>
            <extracomment>The session fields a FieldChange may replace. Makes a change on a scratch copy of the session and returns the copy (raising KeyError, ValueError or IndexError when the change does not fit).</extracomment>
            <translation>{0} todavía está en curso en la capa {1}; {2} no puede empezar después (termine primero {3})</translation>
        </message>
        <message>
            <source>{0} cannot run on while {1} follows at {2} in layer {3}</source>
            <translation>{0} no puede continuar mientras {1} le sigue en {2} en la capa {3}</translation>
        </message>
        <message>
            <source>{0} would overlap {1} in layer {2}</source>
            <translation>{0} se solaparía con {1} en la capa {2}</translation>
        </message>
        <message>
            <source>offset {0} is not after onset {1}</source>
            <translation>el fin {0} no es posterior al inicio {1}</translation>
        </message>
        <message>
            <source>{0} is past the end of the media ({1})</source>
            <translation>{0} está más allá del final del medio ({1})</translation>
        </message>
        <message>
            <source>{0} is not a value of modifier {1} (one of {2})</source>
            <translation>{0} no es un valor del modificador {1} (uno de {2})</translation>
        </message>
        <message>
            <source>{0} at {1}</source>
            <translation>{0} en {1}</translation>
        </message>
        <message>
            <source>{0}; and {1} more problem(s)</source>
            <translation>{0}; y {1} problema(s) más</translation>
        </message>
    </context>
    <context>
        <name>steps</name>
        <message>
            <source>Move onset of {0} to {1}</source>
            <translation>Mover el inicio de {0} a {1}</translation>
        </message>
        <message>
            <source>Move onset of {0} to {1} (and offset of {2})</source>
            <translation>Mover el inicio de {0} a {1} (y el fin de {2})</translation>
        </message>
        <message>
            <source>Move offset of {0} to {1}</source>
            <translation>Mover el fin de {0} a {1}</translation>
        </message>
        <message>
            <source>Move offset of {0} to {1} (and onset of {2})</source>
            <translation>Mover el fin de {0} a {1} (y el inicio de {2})</translation>
        </message>
    </context>
    <context>
        <name>study</name>
        <message>
            <source>(choose who you are)</source>
            <extracomment>``open_session(path, read_only)``: the host opens the coder's session file ``compare(path_a, path_b)``: the host opens ``path_a`` and compares it with ``path_b``</extracomment>
            <translation>(elija quién es usted)</translation>
        </message>
        <message>
            <source>Dyad</source>
            <translation>Díada</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Primary status</source>
            <translation>Estado (principal)</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Fiabilidad</translation>
        </message>
        <message>
            <source>Reliability status</source>
            <translation>Estado (fiabilidad)</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>missing</source>
            <extracomment>status → background (Okabe–Ito, light): the colour says it at a glance, the text says it</extracomment>
            <translation>no encontrado</translation>
        </message>
        <message>
            <source>All videos</source>
            <extracomment>the filters (their English names are the modes; the box shows them translated)</extracomment>
            <translation>Todos los videos</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Míos</translation>
        </message>
        <message>
            <source>Reliability sample</source>
            <translation>Muestra de fiabilidad</translation>
        </message>
        <message>
            <source>not started</source>
            <extracomment>the statuses as the study files write them, marked for translation where they are shown</extracomment>
            <translation>sin empezar</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>completa</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>ilegible</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflicto</translation>
        </message>
        <message>
            <source>conflict: a second copy ({0})</source>
            <translation>conflicto: una segunda copia ({0})</translation>
        </message>
        <message>
            <source>conflict: {0} more copies ({1})</source>
            <translation>conflicto: {0} copias más ({1})</translation>
        </message>
        <message>
            <source>{0} is missing</source>
            <translation>{0} no se encuentra</translation>
        </message>
        <message>
            <source>Add videos</source>
            <translation>Añadir videos</translation>
        </message>
        <message>
            <source>Add video files, or a folder?</source>
            <translation>¿Añadir archivos de video o una carpeta?</translation>
        </message>
        <message>
            <source>Files…</source>
            <translation>Archivos…</translation>
        </message>
        <message>
            <source>A folder…</source>
            <translation>Una carpeta…</translation>
        </message>
        <message>
            <source>Add every video in a folder</source>
            <translation>Añadir todos los videos de una carpeta</translation>
        </message>
        <message>
            <source>Export the study</source>
            <translation>Exportar el estudio</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Adding videos…</source>
            <translation>Añadiendo videos…</translation>
        </message>
        <message>
            <source>Reading {0} ({1} of {2})…</source>
            <translation>Leyendo {0} ({1} de {2})…</translation>
        </message>
        <message>
            <source>Saving the study…</source>
            <translation>Guardando el estudio…</translation>
        </message>
        <message>
            <source>The videos were not added</source>
            <translation>No se añadieron los videos</translation>
        </message>
        <message>
            <source>{0} video(s) added.</source>
            <translation>{0} video(s) añadido(s).</translation>
        </message>
        <message>
            <source>Every video has been considered by a draw already.</source>
            <translation>Todos los videos ya se han considerado en un sorteo.</translation>
        </message>
        <message>
            <source>Draw the reliability sample</source>
            <translation>Extraer la muestra de fiabilidad</translation>
        </message>
        <message>
            <source>Draw among the {0} video(s) not yet considered, with seed {1}, so that at least {2} of all videos are double-coded?

Earlier picks never change.</source>
            <translation>¿Sortear entre los {0} video(s) aún no considerados, con la semilla {1}, de modo que al menos {2} de todos los videos tengan doble codificación?

Las selecciones anteriores nunca cambian.</translation>
        </message>
        <message>
            <source>The sample was not drawn</source>
            <translation>No se extrajo la muestra</translation>
        </message>
        <message>
            <source>Exporting the complete primary codings…</source>
            <translation>Exportando las codificaciones principales completas…</translation>
        </message>
        <message>
            <source>The study was not exported</source>
            <translation>No se exportó el estudio</translation>
        </message>
        <message>
            <source>Nothing exported</source>
            <translation>No se exportó nada</translation>
        </message>
        <message>
            <source>No primary coding is complete yet.</source>
            <translation>Todavía no hay ninguna codificación principal completa.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>{0} complete primary coding(s) and {1} reliability pair(s) written to {2}.</source>
            <translation>{0} codificación(es) principal(es) completa(s) y {1} par(es) de fiabilidad escritos en {2}.</translation>
        </message>
        <message>
            <source>Open study (its folder)</source>
            <translation>Abrir estudio (su carpeta)</translation>
        </message>
        <message>
            <source>Not a study</source>
            <translation>No es un estudio</translation>
        </message>
        <message>
            <source>{0} has no {1}.</source>
            <translation>{0} no tiene {1}.</translation>
        </message>
        <message>
            <source>{0} and {1} more</source>
            <translation>{0} y {1} más</translation>
        </message>
        <message>
            <source>Choose who you are (You are: …) to see your codings.</source>
            <translation>Elija quién es usted (Usted es: …) para ver sus codificaciones.</translation>
        </message>
        <message>
            <source>{0} has no coding assigned yet.</source>
            <translation>{0} todavía no tiene ninguna codificación asignada.</translation>
        </message>
        <message>
            <source>Resolve the conflict of {0}: double-click it to compare the two copies and keep one.</source>
            <translation>Resuelva el conflicto de {0}: haga doble clic para comparar las dos copias y conservar una.</translation>
        </message>
        <message>
            <source>Go on with {0} (double-click); when a coding is done, Session → Mark coding complete.</source>
            <translation>Continúe con {0} (doble clic); cuando termine una codificación, Sesión → Marcar la codificación como completa.</translation>
        </message>
        <message>
            <source>Open your next coding: {0} (double-click it).</source>
            <translation>Abra su siguiente codificación: {0} (haga doble clic en ella).</translation>
        </message>
        <message>
            <source>All {0} of your codings are complete.</source>
            <translation>Sus {0} codificaciones están completas.</translation>
        </message>
        <message>
            <source>Add the study's videos (Add videos…).</source>
            <translation>Añada los videos del estudio (Añadir videos…).</translation>
        </message>
        <message>
            <source>Draw the reliability sample (Draw reliability sample…): {0} video(s) not yet considered.</source>
            <translation>Extraiga la muestra de fiabilidad (Extraer muestra de fiabilidad…): {0} video(s) aún no considerado(s).</translation>
        </message>
        <message>
            <source>{0} coding(s) in conflict: they are in no export until resolved.</source>
            <translation>{0} codificación(es) en conflicto: no entran en ninguna exportación hasta que se resuelvan.</translation>
        </message>
        <message>
            <source>Every primary coding is complete: Agreement… ({0} pair(s)), then Export….</source>
            <translation>Todas las codificaciones principales están completas: Acuerdo… ({0} par(es)), y luego Exportar….</translation>
        </message>
        <message>
            <source>{0} of {1} primary codings complete; {2} double-coded pair(s) can be compared now (Agreement…).</source>
            <translation>{0} de {1} codificaciones principales completas; ya se pueden comparar {2} par(es) con doble codificación (Acuerdo…).</translation>
        </message>
        <message>
            <source>{0} of {1} primary codings complete; agreement needs a double-coded video whose two codings are complete.</source>
            <translation>{0} de {1} codificaciones principales completas; el acuerdo requiere un video con doble codificación cuyas dos codificaciones estén completas.</translation>
        </message>
    </context>
    <context>
        <name>unsaved_imports</name>
        <message>
            <source>The session imported from {0}</source>
            <translation>La sesión importada de {0}</translation>
        </message>
        <message>
            <source>(last change {0})</source>
            <translation>(último cambio {0})</translation>
        </message>
        <message>
            <source>Cannot recover the session</source>
            <translation>No se puede recuperar la sesión</translation>
        </message>
        <message>
            <source>{0}

The journal was kept as {1}.</source>
            <translation>{0}

El diario se conservó como {1}.</translation>
        </message>
        <message>
            <source>Recovered import of {0}</source>
            <translation>Importación recuperada de {0}</translation>
        </message>
        <message>
            <source>Recovered the unsaved session imported from {0}; save it.</source>
            <translation>Se recuperó la sesión sin guardar importada de {0}; guárdela.</translation>
        </message>
    </context>
    <context>
        <name>workbook</name>
        <message>
            <source>not coded</source>
            <translation>no codificado</translation>
        </message>
        <message>
            <source>Bands after Landis &amp; Koch (1977) describe κ; they are not a verdict. With a tolerance, κ may rise or fall; percent agreement never falls.</source>
            <translation>Las bandas según Landis y Koch (1977) describen κ; no son un veredicto. Con una tolerancia, κ puede subir o bajar; el porcentaje de acuerdo nunca baja.</translation>
        </message>
        <message>
            <source>ICC(2,1): two-way random effects, absolute agreement, single rater (Shrout &amp; Fleiss 1979); 95% CI after McGraw &amp; Wong (1996). Words after Koo &amp; Li (2016): poor below .50, moderate to .75, good to .90, excellent above; a description, not a verdict.</source>
            <translation>ICC(2,1): efectos aleatorios de dos vías, acuerdo absoluto, un solo evaluador (Shrout y Fleiss 1979); IC del 95 % según McGraw y Wong (1996). Términos según Koo y Li (2016): pobre por debajo de 0,50, moderado hasta 0,75, bueno hasta 0,90, excelente por encima; una descripción, no un veredicto.</translation>
        </message>
        <message>
            <source>A pair with κ undefined (nothing to compare, or one category throughout) is left out of the mean, minimum and maximum of its column.</source>
            <translation>Un par con κ indefinido (nada que comparar, o una sola categoría en todo momento) se excluye de la media, el mínimo y el máximo de su columna.</translation>
        </message>
        <message>
            <source>κ (time units)</source>
            <extracomment>Readable headers for the pairs' ``LAYER.figure`` columns.</extracomment>
            <translation>κ (unidades de tiempo)</translation>
        </message>
        <message>
            <source>κ (events)</source>
            <translation>κ (eventos)</translation>
        </message>
        <message>
            <source>% agreement (time units)</source>
            <translation>% de acuerdo (unidades de tiempo)</translation>
        </message>
        <message>
            <source>% linked (events)</source>
            <translation>% vinculados (eventos)</translation>
        </message>
        <message>
            <source>time units</source>
            <translation>unidades de tiempo</translation>
        </message>
        <message>
            <source>events</source>
            <translation>eventos</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>capa</translation>
        </message>
        <message>
            <source>basis</source>
            <translation>base</translation>
        </message>
        <message>
            <source>95% CI low</source>
            <translation>IC 95 % inferior</translation>
        </message>
        <message>
            <source>95% CI high</source>
            <translation>IC 95 % superior</translation>
        </message>
        <message>
            <source>band</source>
            <translation>banda</translation>
        </message>
        <message>
            <source>κ max</source>
            <translation>κ máx.</translation>
        </message>
        <message>
            <source>observed agreement p_o</source>
            <translation>acuerdo observado p_o</translation>
        </message>
        <message>
            <source>chance agreement p_e</source>
            <translation>acuerdo por azar p_e</translation>
        </message>
        <message>
            <source>% agreement</source>
            <translation>% de acuerdo</translation>
        </message>
        <message>
            <source>% linked</source>
            <translation>% vinculados</translation>
        </message>
        <message>
            <source>mean |onset difference| (s)</source>
            <translation>media de |diferencia de inicio| (s)</translation>
        </message>
        <message>
            <source>set aside</source>
            <translation>apartado</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>excluido</translation>
        </message>
        <message>
            <source>first coding (A, rows)</source>
            <translation>primera codificación (A, filas)</translation>
        </message>
        <message>
            <source>second coding (B, columns)</source>
            <translation>segunda codificación (B, columnas)</translation>
        </message>
        <message>
            <source>duration A (s)</source>
            <translation>duración A (s)</translation>
        </message>
        <message>
            <source>duration B (s)</source>
            <translation>duración B (s)</translation>
        </message>
        <message>
            <source>common span (s)</source>
            <translation>intervalo común (s)</translation>
        </message>
        <message>
            <source>time unit</source>
            <translation>unidad de tiempo</translation>
        </message>
        <message>
            <source>time unit (s)</source>
            <translation>unidad de tiempo (s)</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>tolerancia</translation>
        </message>
        <message>
            <source>tolerance (units)</source>
            <translation>tolerancia (unidades)</translation>
        </message>
        <message>
            <source>time unit rule</source>
            <translation>regla de la unidad de tiempo</translation>
        </message>
        <message>
            <source>tolerance rule</source>
            <translation>regla de la tolerancia</translation>
        </message>
        <message>
            <source>event alignment</source>
            <translation>alineación de eventos</translation>
        </message>
        <message>
            <source>event alignment, in words</source>
            <translation>alineación de eventos, en palabras</translation>
        </message>
        <message>
            <source>onset tolerance (s)</source>
            <translation>tolerancia de inicio (s)</translation>
        </message>
        <message>
            <source>overlap to link states</source>
            <translation>solapamiento para vincular estados</translation>
        </message>
        <message>
            <source>window to link points (s)</source>
            <translation>ventana para vincular puntos (s)</translation>
        </message>
        <message>
            <source>excluded rule</source>
            <translation>regla de exclusión</translation>
        </message>
        <message>
            <source>excluded rule, in words</source>
            <translation>regla de exclusión, en palabras</translation>
        </message>
        <message>
            <source>{0} (only A)</source>
            <translation>{0} (solo A)</translation>
        </message>
        <message>
            <source>{0} (only B)</source>
            <translation>{0} (solo B)</translation>
        </message>
        <message>
            <source>codes left out of {0}</source>
            <translation>códigos excluidos de {0}</translation>
        </message>
        <message>
            <source>{0}: episodes under one unit</source>
            <translation>{0}: episodios más cortos que una unidad</translation>
        </message>
        <message>
            <source>layer left out</source>
            <translation>capa excluida</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>advertencia</translation>
        </message>
        <message>
            <source>the code at each unit's midpoint; a partial last unit dropped</source>
            <translation>el código en el punto medio de cada unidad; se descarta una última unidad parcial</translation>
        </message>
        <message>
            <source>symmetric: a unit forgiven by both labels counts half for each</source>
            <translation>simétrica: una unidad perdonada por ambas etiquetas cuenta la mitad para cada una</translation>
        </message>
        <message>
            <source>rating item</source>
            <translation>ítem de valoración</translation>
        </message>
        <message>
            <source>Summary</source>
            <extracomment>the sheets, as English names; :func:`sheet_name` gives each in the workbook's language, except the data tables, which keep their English names (scripts read them by name)</extracomment>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>parámetro</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>code</source>
            <translation>código</translation>
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
            <translation>n ambos</translation>
        </message>
        <message>
            <source>Per-code</source>
            <translation>Por código</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>start (s)</source>
            <translation>inicio (s)</translation>
        </message>
        <message>
            <source>end (s)</source>
            <translation>fin (s)</translation>
        </message>
        <message>
            <source>duration (s)</source>
            <translation>duración (s)</translation>
        </message>
        <message>
            <source>code A</source>
            <translation>código A</translation>
        </message>
        <message>
            <source>code B</source>
            <translation>código B</translation>
        </message>
        <message>
            <source>forgiven by tolerance</source>
            <translation>perdonado por la tolerancia</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>Desacuerdos</translation>
        </message>
        <message>
            <source>{0}, {1}: rows {2} (A), columns {3} (B)</source>
            <translation>{0}, {1}: filas {2} (A), columnas {3} (B)</translation>
        </message>
        <message>
            <source>Confusion matrices</source>
            <translation>Matrices de confusión</translation>
        </message>
        <message>
            <source>dyad ID</source>
            <translation>ID de la díada</translation>
        </message>
        <message>
            <source>session date</source>
            <translation>fecha de la sesión</translation>
        </message>
        <message>
            <source>file A</source>
            <translation>archivo A</translation>
        </message>
        <message>
            <source>file B</source>
            <translation>archivo B</translation>
        </message>
        <message>
            <source>coder A</source>
            <translation>codificador/a A</translation>
        </message>
        <message>
            <source>coder B</source>
            <translation>codificador/a B</translation>
        </message>
        <message>
            <source>problem</source>
            <translation>problema</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>media</translation>
        </message>
        <message>
            <source>minimum</source>
            <translation>mínimo</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>máximo</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Pares</translation>
        </message>
        <message>
            <source>κ undefined in: {0}.</source>
            <translation>κ indefinido en: {0}.</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>medida</translation>
        </message>
        <message>
            <source>pairs</source>
            <translation>pares</translation>
        </message>
        <message>
            <source>mean A</source>
            <translation>media A</translation>
        </message>
        <message>
            <source>mean B</source>
            <translation>media B</translation>
        </message>
        <message>
            <source>Unpaired</source>
            <translation>Sin pareja</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>carpeta</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>motivo</translation>
        </message>
        <message>
            <source>GSEQ's (Bakeman, Quera &amp; Gnisci 2009), onset tolerance {0}</source>
            <translation>la de GSEQ (Bakeman, Quera y Gnisci 2009), tolerancia de inicio {0}</translation>
        </message>
        <message>
            <source>by overlap (states at ≥ {0} of the longer one, points within {1})</source>
            <translation>por solapamiento (estados en ≥ {0} del más largo, puntos a menos de {1})</translation>
        </message>
        <message>
            <source>Settings: time unit {0} (the code at each unit's midpoint), tolerance {1} (symmetric), event alignment {2}, excluded rule {3}.</source>
            <translation>Configuración: unidad de tiempo {0} (el código en el punto medio de cada unidad), tolerancia {1} (simétrica), alineación de eventos {2}, regla de exclusión {3}.</translation>
        </message>
        <message>
            <source>trainee</source>
            <translation>en formación</translation>
        </message>
        <message>
            <source>criterion</source>
            <translation>criterio</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>superado</translation>
        </message>
        <message>
            <source>codes below criterion</source>
            <translation>códigos por debajo del criterio</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Personas en formación</translation>
        </message>
        <message>
            <source>reference: {0}</source>
            <translation>referencia: {0}</translation>
        </message>
        <message>
            <source>Settings: time unit {0}, tolerance {1} = {2} unit(s) (symmetric), {3}, excluded rule {4} ({5}).</source>
            <translation>Configuración: unidad de tiempo {0}, tolerancia {1} = {2} unidad(es) (simétrica), {3}, regla de exclusión {4} ({5}).</translation>
        </message>
        <message>
            <source>n reference</source>
            <translation>n referencia</translation>
        </message>
        <message>
            <source>n trainee</source>
            <translation>n en formación</translation>
        </message>
        <message>
            <source> and </source>
            <extracomment>A proportion difference is shown as percentage points: the cell holds it × 100, and the column name says so (sessions.csv keeps the raw difference under the plain name). Numeric columns of the Sessions sheet are as wide as their numbers, their long names wrapped over up to this many lines: at the names' width (up to 40 characters) the sheet printed across 20 pages for 20 sessions.</extracomment>
            <translation> y </translation>
        </message>
        <message>
            <source>(export with a CSV folder, e.g. --csv DIR, to get it)</source>
            <translation>(exporte con una carpeta de CSV, p. ej., --csv DIR, para obtenerla)</translation>
        </message>
        <message>
            <source>{0} continue on {1}; the CSV holds the whole table {2}</source>
            <translation>La hoja {0} continúa en {1}; el CSV contiene la tabla completa {2}</translation>
        </message>
        <message>
            <source>schemes</source>
            <translation>sistemas de codificación</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>sesiones</translation>
        </message>
        <message>
            <source>no problems</source>
            <translation>sin problemas</translation>
        </message>
        <message>
            <source>(no sessions)</source>
            <translation>(ninguna sesión)</translation>
        </message>
        <message>
            <source>{0} session(s) exported; problems are listed on the Problems sheet.</source>
            <translation>{0} sesión(es) exportada(s); los problemas se enumeran en la hoja Problems.</translation>
        </message>
        <message>
            <source>the Sessions sheet prints each session's headline figures</source>
            <translation>la hoja Sessions imprime las cifras principales de cada sesión</translation>
        </message>
        <message>
            <source>each session's own workbook prints them as a Timeline score</source>
            <translation>el libro de trabajo propio de cada sesión las imprime como una partitura en la hoja Línea de tiempo</translation>
        </message>
        <message>
            <source>Notes and modifiers</source>
            <translation>Notas y modificadores</translation>
        </message>
        <message>
            <source>Notes and modifiers — what the coder saw</source>
            <translation>Notas y modificadores: lo que vio el codificador/a</translation>
        </message>
        <message>
            <source>{0} episode(s) with a note or a modifier</source>
            <translation>{0} episodio(s) con una nota o un modificador</translation>
        </message>
        <message>
            <source>; {0} modifier(s) not coded</source>
            <translation>; {0} modificador(es) no codificado(s)</translation>
        </message>
        <message>
            <source>; free-text notes left out (--no-notes).</source>
            <translation>; notas de texto libre omitidas (--no-notes).</translation>
        </message>
        <message>
            <source>No episode has a note or a modifier.</source>
            <translation>Ningún episodio tiene una nota ni un modificador.</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Capa</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Modifiers</source>
            <translation>Modificadores</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Línea de tiempo</translation>
        </message>
        <message>
            <source>Transitions</source>
            <translation>Transiciones</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>Libro de códigos</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>This workbook identifies the session by its pseudonymous IDs (dyad, coder, date) and its session key, never by a file name; it holds no video and no video or folder path.</source>
            <extracomment>sheets R and SPSS scripts read: their names and column names stay English identifiers</extracomment>
            <translation>Este libro de trabajo identifica la sesión por sus ID seudónimos (díada, codificador/a, fecha) y su clave de sesión, nunca por un nombre de archivo; no contiene ningún video ni ninguna ruta de video o de carpeta.</translation>
        </message>
        <message>
            <source>Column names stay English identifiers so R and SPSS scripts keep working: the sheets {0} keep their English names and columns, as do the CSV files; measure names and units below are those identifiers.</source>
            <translation>Los nombres de columna se mantienen como identificadores en inglés para que los scripts de R y SPSS sigan funcionando: las hojas {0} conservan sus nombres y columnas en inglés, al igual que los archivos CSV; los nombres de las medidas y las unidades que figuran abajo son esos identificadores.</translation>
        </message>
        <message>
            <source>About this workbook</source>
            <translation>Acerca de este libro de trabajo</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Escrito por</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>Escrito el</translation>
        </message>
        <message>
            <source>Coding scheme</source>
            <translation>Sistema de codificación</translation>
        </message>
        <message>
            <source>Free-text notes</source>
            <translation>Notas de texto libre</translation>
        </message>
        <message>
            <source>included</source>
            <translation>incluidas</translation>
        </message>
        <message>
            <source>left out (--no-notes)</source>
            <translation>omitidas (--no-notes)</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacidad</translation>
        </message>
        <message>
            <source>Column names</source>
            <translation>Nombres de columna</translation>
        </message>
        <message>
            <source>On paper</source>
            <translation>En papel</translation>
        </message>
        <message>
            <source>The measures (docs/metrics.md explains each with a worked example)</source>
            <translation>Las medidas (docs/metrics.md explica cada una con un ejemplo resuelto)</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unidad</translation>
        </message>
        <message>
            <source>definition</source>
            <translation>definición</translation>
        </message>
        <message>
            <source>{0}, version {1}</source>
            <translation>{0}, versión {1}</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Fiabilidad</translation>
        </message>
        <message>
            <source>Double-coded videos with both codings complete (not in the analysis tables)</source>
            <translation>Videos con doble codificación y ambas codificaciones completas (no incluidos en las tablas de análisis)</translation>
        </message>
        <message>
            <source>dyad_id</source>
            <translation>ID de la díada</translation>
        </message>
        <message>
            <source>session_date</source>
            <translation>fecha de la sesión</translation>
        </message>
        <message>
            <source>primary</source>
            <translation>principal</translation>
        </message>
        <message>
            <source>reliability</source>
            <translation>fiabilidad</translation>
        </message>
        <message>
            <source>completed_at</source>
            <translation>completada el</translation>
        </message>
        <message>
            <source>{0}: κ time units</source>
            <translation>{0}: κ unidades de tiempo</translation>
        </message>
        <message>
            <source>{0}: κ events</source>
            <translation>{0}: κ eventos</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>no comparado</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno todavía</translation>
        </message>
        <message>
            <source>Pooled, per layer (95% CIs: percentile bootstrap over videos)</source>
            <translation>Agrupado, por capa (IC del 95 %: bootstrap de percentiles sobre los videos)</translation>
        </message>
        <message>
            <source>κ undefined</source>
            <translation>κ indefinido</translation>
        </message>
        <message>
            <source>mean κ time units</source>
            <translation>κ medio unidades de tiempo</translation>
        </message>
        <message>
            <source>mean κ events</source>
            <translation>κ medio eventos</translation>
        </message>
        <message>
            <source>pooled κ time units</source>
            <translation>κ agrupado unidades de tiempo</translation>
        </message>
        <message>
            <source>ICC(2,1) between the two codings over the pairs (95% CI: McGraw &amp; Wong 1996)</source>
            <translation>ICC(2,1) entre las dos codificaciones sobre los pares (IC del 95 %: McGraw y Wong 1996)</translation>
        </message>
        <message>
            <source>gseq (Bakeman, Quera &amp; Gnisci 2009), onset tolerance {0}</source>
            <translation>gseq (Bakeman, Quera y Gnisci 2009), tolerancia de inicio {0}</translation>
        </message>
        <message>
            <source>overlap (≥ {0} of the longer state; points within {1})</source>
            <translation>solapamiento (≥ {0} del estado más largo; puntos a menos de {1})</translation>
        </message>
        <message>
            <source>Settings: unit {0}, tolerance {1} (symmetric), event alignment {2}, excluded rule {3}; bootstrap: {4} resamples of the videos, seed {5}.</source>
            <translation>Parámetros: unidad {0}, tolerancia {1} (simétrica), alineación de eventos {2}, regla de exclusión {3}; bootstrap: {4} remuestreos de los videos, semilla {5}.</translation>
        </message>
        <message>
            <source>A pair's κ CI treats its units as independent (Fleiss, Cohen &amp; Everitt 1969), so it is too narrow; a pair with κ undefined is left out of the mean ({0} here).</source>
            <translation>El IC del κ de un par trata sus unidades como independientes (Fleiss, Cohen y Everitt 1969), por lo que es demasiado estrecho; un par con κ indefinido se excluye de la media ({0} aquí).</translation>
        </message>
        <message>
            <source>A pair's κ CI treats its units as independent (Fleiss, Cohen &amp; Everitt 1969), so it is too narrow; a pair with κ undefined is left out of the mean.</source>
            <translation>El IC del κ de un par trata sus unidades como independientes (Fleiss, Cohen y Everitt 1969), por lo que es demasiado estrecho; un par con κ indefinido se excluye de la media.</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Deriva</translation>
        </message>
        <message>
            <source>{0} rolling κ</source>
            <translation>κ móvil de {0}</translation>
        </message>
        <message>
            <source>pair</source>
            <translation>par</translation>
        </message>
        <message>
            <source>Observer drift: rolling mean κ of the last five pairs</source>
            <translation>Deriva del observador: κ medio móvil de los últimos cinco pares</translation>
        </message>
        <message>
            <source>reliability pair (by completion)</source>
            <translation>par de fiabilidad (por orden de finalización)</translation>
        </message>
        <message>
            <source>coder</source>
            <translation>codificador/a</translation>
        </message>
        <message>
            <source>rolling κ</source>
            <translation>κ móvil</translation>
        </message>
        <message>
            <source>slope per 30 days</source>
            <translation>pendiente por 30 días</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>señal</translation>
        </message>
        <message>
            <source>skipped: {0}</source>
            <translation>omitido: {0}</translation>
        </message>
        <message>
            <source>below criterion</source>
            <translation>por debajo del criterio</translation>
        </message>
        <message>
            <source>no complete pair yet</source>
            <translation>todavía no hay ningún par completo</translation>
        </message>
        <message>
            <source>Proportion attuned</source>
            <extracomment>RowSheet and write_transitions lived here; they stay importable from this module labels in English, marked for translation; shown through ``translate("workbook", …)``</extracomment>
            <translation>Proporción sintonizado</translation>
        </message>
        <message>
            <source>Proportion misattuned</source>
            <translation>Proporción desintonizado</translation>
        </message>
        <message>
            <source>Proportion repair</source>
            <translation>Proporción reparación</translation>
        </message>
        <message>
            <source>Ruptures</source>
            <translation>Rupturas</translation>
        </message>
        <message>
            <source>Proportion repaired</source>
            <translation>Proporción reparadas</translation>
        </message>
        <message>
            <source>Median time to repair (s)</source>
            <translation>Mediana del tiempo hasta la reparación (s)</translation>
        </message>
        <message>
            <source>attachcoder — session summary</source>
            <translation>attachcoder — resumen de la sesión</translation>
        </message>
        <message>
            <source>Session key</source>
            <translation>Clave de la sesión</translation>
        </message>
        <message>
            <source>Dyad ID</source>
            <translation>ID de la díada</translation>
        </message>
        <message>
            <source>Coder ID</source>
            <translation>ID del codificador/a</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Fecha de la sesión</translation>
        </message>
        <message>
            <source>Infant age (months)</source>
            <translation>Edad del bebé (meses)</translation>
        </message>
        <message>
            <source>Corrected age</source>
            <translation>Edad corregida</translation>
        </message>
        <message>
            <source>Caregiver role</source>
            <translation>Rol del cuidador</translation>
        </message>
        <message>
            <source>Scheme</source>
            <translation>Sistema de codificación</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Observado</translation>
        </message>
        <message>
            <source>Episodes</source>
            <translation>Episodios</translation>
        </message>
        <message>
            <source>Episodes crossing a phase boundary</source>
            <translation>Episodios que cruzan un límite de fase</translation>
        </message>
        <message>
            <source>Coverage ({0})</source>
            <translation>Cobertura ({0})</translation>
        </message>
        <message>
            <source>Uncoded gaps &gt; 1 s ({0})</source>
            <translation>Intervalos sin codificar &gt; 1 s ({0})</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Advertencias</translation>
        </message>
        <message>
            <source>Notes on these figures</source>
            <translation>Notas sobre estas cifras</translation>
        </message>
        <message>
            <source>Session notes (the coder's)</source>
            <translation>Notas de la sesión (del codificador/a)</translation>
        </message>
        <message>
            <source>Duration (s)</source>
            <extracomment>The Summary's headline table, column by column: (label, measure or key, number format). The counts proportion repaired is made of stand beside it (repaired of resolved, and the unresolved ones left out), so a reader sees "100 %" is 1 of 1 and not 40 of 40.</extracomment>
            <translation>Duración (s)</translation>
        </message>
        <message>
            <source>Codable time (s)</source>
            <translation>Tiempo codificable (s)</translation>
        </message>
        <message>
            <source>Repaired</source>
            <translation>Reparadas</translation>
        </message>
        <message>
            <source>Resolved (repaired or not)</source>
            <translation>Resueltas (reparadas o no)</translation>
        </message>
        <message>
            <source>Unresolved (left out)</source>
            <translation>No resueltas (excluidas)</translation>
        </message>
        <message>
            <source>mother</source>
            <extracomment>the caregiver roles the window offers, kept in English in the file</extracomment>
            <translation>madre</translation>
        </message>
        <message>
            <source>father</source>
            <translation>padre</translation>
        </message>
        <message>
            <source>other caregiver</source>
            <translation>otro cuidador</translation>
        </message>
        <message>
            <source>Headline measures by phase</source>
            <extracomment>where the chart stands: right of the label–value pairs (columns A–B, their text running into C–F: "observed to 00:01:00.000 of 00:04:00.000 (25 %)" needs more than B–E, and under a chart at E3 the share was hidden), from the third row; 14 cm wide and 6.5 cm high it spans columns G–L and rows 3–16 where the chart finds the three proportions (1-based columns of the headline table)</extracomment>
            <translation>Medidas principales por fase</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Proportions are of codable time (uncodable time left out). Proportion repaired = repaired / resolved: a rupture the end of its phase cuts off (unresolved) says nothing either way. No proportion is a pass mark: read the proportion attuned beside the repair measures.</source>
            <translation>Las proporciones se calculan sobre el tiempo codificable (se excluye el tiempo no codificable). Proporción reparadas = reparadas / resueltas: una ruptura interrumpida por el final de su fase (no resuelta) no aporta información en ningún sentido. Ninguna proporción es un umbral de aprobación: lea la proporción sintonizado junto a las medidas de reparación.</translation>
        </message>
        <message>
            <source>{0}: not coded</source>
            <translation>{0}: no codificado</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Exitosos</translation>
        </message>
        <message>
            <source>Proportion successful</source>
            <translation>Proporción exitosos</translation>
        </message>
        <message>
            <source>Repair attempts by phase</source>
            <translation>Intentos de reparación por fase</translation>
        </message>
        <message>
            <source>Proportion of codable time, by phase</source>
            <translation>Proporción del tiempo codificable, por fase</translation>
        </message>
        <message>
            <source>proportion</source>
            <translation>proporción</translation>
        </message>
        <message>
            <source>Still-face effect and reunion carry-over</source>
            <translation>Efecto del rostro inmóvil y arrastre al reencuentro</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Still-face
− play</source>
            <translation>Rostro inmóvil
− juego</translation>
        </message>
        <message>
            <source>Reunion
− play</source>
            <translation>Reencuentro
− juego</translation>
        </message>
        <message>
            <source>{0} (percentage points)</source>
            <translation>{0} (puntos porcentuales)</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Valoraciones</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Ítem</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>{0} to {1}</source>
            <translation>{0} a {1}</translation>
        </message>
        <message>
            <source>Uncoded gaps longer than 1 s</source>
            <translation>Intervalos sin codificar de más de 1 s</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>… and {0} more (from {1})</source>
            <translation>… y {0} más (desde {1})</translation>
        </message>
        <message>
            <source>{0}: {1} rows for analysis, not printed ({2}). To print them, select the sheet and clear its print area (Page Layout → Print Area → Clear).</source>
            <extracomment>The per-session sheet also shows onset and offset as hh:mm:ss.mmm (Excel times).</extracomment>
            <translation>{0}: {1} filas para el análisis, no impresas ({2}). Para imprimirlas, seleccione la hoja y borre su área de impresión (Disposición de página → Área de impresión → Borrar área de impresión).</translation>
        </message>
        <message>
            <source>the Summary prints its figures</source>
            <translation>el Resumen imprime sus cifras</translation>
        </message>
        <message>
            <source>the Timeline prints them as a score</source>
            <translation>la Línea de tiempo las imprime como una partitura</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>layer_role</source>
            <translation>rol de la capa</translation>
        </message>
        <message>
            <source>key</source>
            <translation>tecla</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>color</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>modifiers</source>
            <translation>modificadores</translation>
        </message>
        <message>
            <source>asks_note</source>
            <translation>pide nota</translation>
        </message>
        <message>
            <source>min</source>
            <translation>mín.</translation>
        </message>
        <message>
            <source>max</source>
            <translation>máx.</translation>
        </message>
        <message>
            <source>Timeline — {0}</source>
            <extracomment>the mark of a cell that also holds an episode its colour does not show</extracomment>
            <translation>Línea de tiempo — {0}</translation>
        </message>
        <message>
            <source>Timeline: one row per minute, one cell per second</source>
            <translation>Línea de tiempo: una fila por minuto, una celda por segundo</translation>
        </message>
        <message>
            <source>Each cell shows the code at the middle of its second; {0} marks a second that also holds an episode too short to show (see the Episodes sheet).</source>
            <translation>Cada celda muestra el código en la mitad de su segundo; {0} marca un segundo que además contiene un episodio demasiado corto para mostrarse (véase la hoja Episodes).</translation>
        </message>
        <message>
            <source>from</source>
            <translation>desde</translation>
        </message>
        <message>
            <source>Grey: Yule's Q from a 2×2 table with a cell under {0} transitions — too few to read as a finding (Bakeman &amp; Quera 2011); the counts above say how few.</source>
            <extracomment>a Yule's Q from too few transitions: shown, but greyed</extracomment>
            <translation>Gris: Q de Yule a partir de una tabla 2×2 con una celda de menos de {0} transiciones, demasiado pocas para interpretarlo como un hallazgo (Bakeman y Quera 2011); los recuentos de arriba indican cuán pocas son.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>todas</translation>
        </message>
        <message>
            <source>Lag-1 transitions between interaction codes</source>
            <translation>Transiciones de desfase 1 (lag-1) entre códigos de interacción</translation>
        </message>
        <message>
            <source>Rows are the earlier code i, columns the next code j. Chains stay inside a phase; an uncodable episode or an uncoded gap breaks them.</source>
            <translation>Las filas son el código anterior i; las columnas, el código siguiente j. Las cadenas no salen de una fase; un episodio no codificable o un intervalo sin codificar las interrumpe.</translation>
        </message>
        <message>
            <source>The scheme has no interaction layer: there are no transitions.</source>
            <translation>El sistema de codificación no tiene capa de interacción: no hay transiciones.</translation>
        </message>
        <message>
            <source>Counts n(i → j)</source>
            <translation>Recuentos n(i → j)</translation>
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
            <translation>{0}: de \ a</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>Phase: {0}</source>
            <translation>Fase: {0}</translation>
        </message>
    </context>
</TS>
