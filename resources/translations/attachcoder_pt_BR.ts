<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Study agreement</source>
            <translation>Concordância do estudo</translation>
        </message>
        <message>
            <source>{0}, onset tolerance {1}</source>
            <translation>{0}, tolerância de início {1}</translation>
        </message>
        <message>
            <source>{0} double-coded video(s) with both codings complete. Unit {1}, tolerance {2} (symmetric), event alignment {3}, excluded rule {4}. 95% CIs of the pooled and mean κ: bootstrap over videos (seed {5}); of a pair's κ: treating its units as independent.</source>
            <translation>{0} vídeo(s) com dupla codificação e ambas as codificações completas. Unidade {1}, tolerância {2} (simétrica), alinhamento de eventos {3}, regra de exclusão {4}. IC de 95% do κ agrupado e do κ médio: bootstrap sobre os vídeos (semente {5}); do κ de um par: tratando suas unidades como independentes.</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Camada</translation>
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
            <translation>κ médio (unidades de tempo)</translation>
        </message>
        <message>
            <source>95% CI</source>
            <translation>IC 95%</translation>
        </message>
        <message>
            <source>Mean κ (events)</source>
            <translation>κ médio (eventos)</translation>
        </message>
        <message>
            <source>Pooled κ (time units)</source>
            <translation>κ agrupado (unidades de tempo)</translation>
        </message>
        <message>
            <source>Pooled</source>
            <translation>Agrupado</translation>
        </message>
        <message>
            <source>Dyad</source>
            <translation>Díade</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Confiabilidade</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <source>κ (headline layer)</source>
            <translation>κ (camada principal)</translation>
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
            <translation>Copie o parágrafo de confiabilidade de uma seção de métodos, redigido a partir destes números (como `attachcoder study agreement DIR --methods` o imprime; em inglês)</translation>
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
            <translation>Exportação em lote</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Adicionar arquivos…</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Adicionar pasta…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>the workbook to write (.xlsx)</source>
            <translation>a pasta de trabalho a gravar (.xlsx)</translation>
        </message>
        <message>
            <source>Also write CSV files to</source>
            <translation>Gravar também arquivos CSV em</translation>
        </message>
        <message>
            <source>Include the coders' notes</source>
            <translation>Incluir as notas dos codificadores</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sessão</translation>
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
            <translation>Pasta de trabalho</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Session files and folders (folders are searched for .acs):</source>
            <translation>Arquivos e pastas de sessão (nas pastas são procurados arquivos .acs):</translation>
        </message>
        <message>
            <source>Add session files</source>
            <translation>Adicionar arquivos de sessão</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <source>Add a folder of sessions</source>
            <translation>Adicionar uma pasta de sessões</translation>
        </message>
        <message>
            <source>Write the workbook</source>
            <translation>Gravar a pasta de trabalho</translation>
        </message>
        <message>
            <source>Write CSV files into</source>
            <translation>Gravar os arquivos CSV em</translation>
        </message>
        <message>
            <source>add session files or folders</source>
            <translation>adicione arquivos ou pastas de sessão</translation>
        </message>
        <message>
            <source>choose the workbook to write</source>
            <translation>escolha a pasta de trabalho a gravar</translation>
        </message>
        <message>
            <source>the folder {0} does not exist</source>
            <translation>a pasta {0} não existe</translation>
        </message>
        <message>
            <source>choose the folder for the CSV files</source>
            <translation>escolha a pasta para os arquivos CSV</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>Finding the session files…</source>
            <translation>Procurando os arquivos de sessão…</translation>
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
            <translation>Lendo {0} ({1} de {2})…</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>Gravando a pasta de trabalho…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Cancelado: nada foi gravado.</translation>
        </message>
        <message>
            <source>No session could be read, so nothing was written.</source>
            <translation>Nenhuma sessão pôde ser lida, então nada foi gravado.</translation>
        </message>
        <message>
            <source>{0} session(s) from {1} file(s) written to {2}, and {3} CSV files.</source>
            <translation>{0} sessão(ões) de {1} arquivo(s) gravada(s) em {2}, e {3} arquivos CSV.</translation>
        </message>
        <message>
            <source>{0} session(s) from {1} file(s) written to {2}.</source>
            <translation>{0} sessão(ões) de {1} arquivo(s) gravada(s) em {2}.</translation>
        </message>
        <message>
            <source>{0} file(s) could not be read; see below.</source>
            <translation>{0} arquivo(s) não puderam ser lidos; veja abaixo.</translation>
        </message>
        <message>
            <source>See the notes below.</source>
            <translation>Veja as notas abaixo.</translation>
        </message>
        <message>
            <source>No problems.</source>
            <translation>Nenhum problema.</translation>
        </message>
        <message>
            <source>Nothing was written: {0}</source>
            <translation>Nada foi gravado: {0}</translation>
        </message>
    </context>
    <context>
        <name>CameraRow</name>
        <message>
            <source>the video file</source>
            <translation>o arquivo de vídeo</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <source>Where this video starts on the session clock (e.g. 400 when the second camera started 0.4 s after the first).</source>
            <translation>Onde este vídeo começa no relógio da sessão (p. ex., 400 quando a segunda câmera começou 0,4 s depois da primeira).</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>deslocamento</translation>
        </message>
        <message>
            <source>Choose the video</source>
            <translation>Escolha o vídeo</translation>
        </message>
        <message>
            <source>reading the video…</source>
            <translation>lendo o vídeo…</translation>
        </message>
        <message>
            <source>cannot use this video: {0}</source>
            <translation>não é possível usar este vídeo: {0}</translation>
        </message>
        <message>
            <source>checksum done</source>
            <translation>soma de verificação concluída</translation>
        </message>
        <message>
            <source>computing the checksum…</source>
            <translation>calculando a soma de verificação…</translation>
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
            <translation>Carregando a câmera 2…</translation>
        </message>
        <message>
            <source>File ▸ Locate camera 2 video…</source>
            <translation>Arquivo ▸ Localizar vídeo da câmera 2…</translation>
        </message>
        <message>
            <source>Camera 2, frame-locked to camera 1</source>
            <translation>Câmera 2, sincronizada quadro a quadro com a câmera 1</translation>
        </message>
        <message>
            <source>Camera 2 ({0}), frame-locked to camera 1; starts at {1} ms on the session clock</source>
            <translation>Câmera 2 ({0}), sincronizada quadro a quadro com a câmera 1; começa em {1} ms no relógio da sessão</translation>
        </message>
        <message>
            <source>Camera 2 not found: {0}</source>
            <translation>Câmera 2 não encontrada: {0}</translation>
        </message>
    </context>
    <context>
        <name>CodeForm</name>
        <message>
            <source>One letter or digit; case does not matter; never a player key.</source>
            <translation>Uma letra ou um dígito; maiúsculas e minúsculas não importam; nunca uma tecla do player.</translation>
        </message>
        <message>
            <source>What a coder must see to use this code</source>
            <translation>O que o codificador/a precisa ver para usar este código</translation>
        </message>
        <message>
            <source>What the measures count this code as: attuned, misattuned (a rupture), repair, or excluded (left out of codable time).</source>
            <translation>Como as medidas contam este código: sintonizado, dessintonizado (uma ruptura), reparação ou excluído (fora do tempo codificável).</translation>
        </message>
        <message>
            <source>e.g.  initiator: caregiver, infant, mutual</source>
            <translation>p. ex.  iniciador: cuidador, bebê, mútuo</translation>
        </message>
        <message>
            <source>Ask for a note when coded</source>
            <translation>Pedir uma nota ao codificar</translation>
        </message>
        <message>
            <source>Code name</source>
            <translation>Nome do código</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Cor</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definição</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Modifiers</source>
            <translation>Modificadores</translation>
        </message>
        <message>
            <source>{0} episode(s) of this code in the open session</source>
            <translation>{0} episódio(s) deste código na sessão aberta</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>escolher…</translation>
        </message>
        <message>
            <source>Colour of {0}</source>
            <translation>Cor de {0}</translation>
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
            <translation>Marcar {0} em {1}</translation>
        </message>
        <message>
            <source>Start {0} at {1}</source>
            <translation>Iniciar {0} em {1}</translation>
        </message>
        <message>
            <source>Stop {0} at {1}</source>
            <translation>Encerrar {0} em {1}</translation>
        </message>
        <message>
            <source>{0} at {1} was not coded: {2}</source>
            <translation>{0} em {1} não foi codificado: {2}</translation>
        </message>
        <message>
            <source>Not coded: the video is still loading; code when its first frame shows.</source>
            <translation>Não codificado: o vídeo ainda está carregando; codifique quando o primeiro quadro aparecer.</translation>
        </message>
        <message>
            <source>Not coded: the video cannot be played ({0}): choose a good copy with File ▸ Locate video…. The table can still be edited.</source>
            <translation>Não codificado: o vídeo não pode ser reproduzido ({0}): escolha uma cópia em bom estado com Arquivo ▸ Localizar vídeo…. A tabela ainda pode ser editada.</translation>
        </message>
        <message>
            <source>There is no video frame to code at: locate the video (File menu). The table can still be edited.</source>
            <translation>Não há quadro de vídeo em que codificar: localize o vídeo (menu Arquivo). A tabela ainda pode ser editada.</translation>
        </message>
        <message>
            <source>The note was not kept: {0}</source>
            <translation>A nota não foi mantida: {0}</translation>
        </message>
        <message>
            <source>That episode no longer exists.</source>
            <translation>Esse episódio não existe mais.</translation>
        </message>
        <message>
            <source>Modifier not set: {0}</source>
            <translation>Modificador não definido: {0}</translation>
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
            <translation>ponto</translation>
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
            <translation>Concordância</translation>
        </message>
        <message>
            <source>Open a session first, then compare it with another coding.</source>
            <translation>Abra uma sessão primeiro e depois compare-a com outra codificação.</translation>
        </message>
        <message>
            <source>{0}

Nothing was compared.</source>
            <translation>{0}

Nada foi comparado.</translation>
        </message>
        <message>
            <source>Cannot compare</source>
            <translation>Não é possível comparar</translation>
        </message>
        <message>
            <source>Not the same video</source>
            <translation>Não é o mesmo vídeo</translation>
        </message>
        <message>
            <source>{0} cannot be compared with {1}: {2}.

Choose a coding of the same video.</source>
            <translation>{0} não pode ser comparado com {1}: {2}.

Escolha uma codificação do mesmo vídeo.</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Ainda não</translation>
        </message>
        <message>
            <source>The comparison could not be computed: {0}</source>
            <translation>Não foi possível calcular a comparação: {0}</translation>
        </message>
        <message>
            <source>Stopped comparing.</source>
            <translation>A comparação foi encerrada.</translation>
        </message>
        <message>
            <source>Compare with another coding of this session</source>
            <translation>Comparar com outra codificação desta sessão</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>updating…</source>
            <translation>atualizando…</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Tolerância</translation>
        </message>
        <message>
            <source>Point window</source>
            <translation>Janela de pontos</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Sobreposição</translation>
        </message>
        <message>
            <source>Onset tolerance</source>
            <translation>Tolerância de início</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Alinhamento</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Excluídos</translation>
        </message>
        <message>
            <source>Overlap (Holle &amp; Rein)</source>
            <extracomment>The event alignments and the excluded rules as the panel's combo boxes offer them (value, label, explanation; the label and explanation are shown translated).</extracomment>
            <translation>Sobreposição (Holle &amp; Rein)</translation>
        </message>
        <message>
            <source>States link at the overlap share of the longer one, points within the point window; codes are ignored (EasyDIAg).</source>
            <translation>Os estados se vinculam a partir dessa proporção de sobreposição com o mais longo, e os pontos dentro da janela de pontos; os códigos são ignorados (EasyDIAg).</translation>
        </message>
        <message>
            <source>GSEQ (Bakeman et al. 2009)</source>
            <translation>GSEQ (Bakeman et al. 2009)</translation>
        </message>
        <message>
            <source>The two sequences of episodes aligned by dynamic programming; episodes pair only when their onsets are within the onset tolerance.</source>
            <translation>As duas sequências de episódios alinhadas por programação dinâmica; os episódios só são pareados quando seus inícios estão dentro da tolerância de início.</translation>
        </message>
        <message>
            <source>Drop when both</source>
            <translation>Excluir se ambas</translation>
        </message>
        <message>
            <source>Leave out time both codings call uncodable: agreeing that nothing could be coded is not agreement on the interaction.</source>
            <translation>Excluir o tempo que as duas codificações consideram não codificável: concordar que nada pôde ser codificado não é concordância sobre a interação.</translation>
        </message>
        <message>
            <source>Drop when either</source>
            <translation>Excluir se qualquer uma</translation>
        </message>
        <message>
            <source>Leave out time either coding calls uncodable.</source>
            <translation>Excluir o tempo que qualquer uma das codificações considera não codificável.</translation>
        </message>
        <message>
            <source>As a code</source>
            <translation>Como um código</translation>
        </message>
        <message>
            <source>Count uncodable like any other code.</source>
            <translation>Contar "não codificável" como qualquer outro código.</translation>
        </message>
        <message>
            <source>[{0}, {1}]</source>
            <translation>[{0}; {1}]</translation>
        </message>
        <message>
            <source>The figures, the list and the timeline marks are being recomputed after an edit;
until then they are those of the coding before it.</source>
            <translation>Os números, a lista e as marcas da linha do tempo estão sendo recalculados após uma edição;
até lá, são os da codificação anterior.</translation>
        </message>
        <message>
            <source>Length of a time unit: 1s, 250ms, 1f …</source>
            <translation>Duração de uma unidade de tempo: 1s, 250ms, 1f …</translation>
        </message>
        <message>
            <source>Differences this close to the same label in the other coding count as agreement
(rounded to whole units; percent agreement never falls as it grows).</source>
            <translation>Diferenças assim próximas do mesmo rótulo na outra codificação contam como concordância
(arredondado para unidades inteiras; a porcentagem de concordância nunca cai quando ela aumenta).</translation>
        </message>
        <message>
            <source>Points link when their onsets are this close.</source>
            <translation>Os pontos se vinculam quando seus inícios estão assim próximos.</translation>
        </message>
        <message>
            <source>States link when they overlap by this share of the longer one.</source>
            <translation>Os estados se vinculam quando se sobrepõem nesta proporção do mais longo.</translation>
        </message>
        <message>
            <source>How events are paired before event κ.</source>
            <translation>Como os eventos são pareados antes do κ de eventos.</translation>
        </message>
        <message>
            <source>GSEQ alignment: episodes pair when their onsets are this close.</source>
            <translation>Alinhamento GSEQ: os episódios são pareados quando seus inícios estão assim próximos.</translation>
        </message>
        <message>
            <source>How codes with role 'excluded' count.</source>
            <translation>Como contam os códigos com o papel "excluído".</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>Uncodable</source>
            <translation>Não codificável</translation>
        </message>
        <message>
            <source>Onset tol.</source>
            <translation>Tol. de início</translation>
        </message>
        <message>
            <source>Time units</source>
            <translation>Unidades de tempo</translation>
        </message>
        <message>
            <source>Timeline: &lt;span style='color:{0}'&gt;■■&lt;/span&gt; disagreement &amp;nbsp; &lt;span style='color:{1}'&gt;▬▬&lt;/span&gt; forgiven by the tolerance &amp;nbsp; ▨ layer not compared</source>
            <translation>Linha do tempo: &lt;span style='color:{0}'&gt;■■&lt;/span&gt; discordância &amp;nbsp; &lt;span style='color:{1}'&gt;▬▬&lt;/span&gt; perdoada pela tolerância &amp;nbsp; ▨ camada não comparada</translation>
        </message>
        <message>
            <source>Stop comparing</source>
            <translation>Deixar de comparar</translation>
        </message>
        <message>
            <source>&lt;b&gt;Comparing&lt;/b&gt; this coding ({0})&lt;br&gt;with {1}</source>
            <translation>&lt;b&gt;Comparando&lt;/b&gt; esta codificação ({0})&lt;br&gt;com {1}</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Avaliações</translation>
        </message>
        <message>
            <source>this</source>
            <translation>esta</translation>
        </message>
        <message>
            <source>other</source>
            <translation>outra</translation>
        </message>
        <message>
            <source>Time units of {0} ms ({1}) over 0–{2} s, each labelled by the code at its midpoint; tolerance {3} = {4} unit(s) (symmetric).</source>
            <translation>Unidades de tempo de {0} ms ({1}) sobre 0–{2} s, cada uma rotulada pelo código no seu ponto médio; tolerância {3} = {4} unidade(s) (simétrica).</translation>
        </message>
        <message>
            <source>Time units of {0} ms ({1}) over 0–{2} s, each labelled by the code at its midpoint; tolerance {3} = {4} unit(s).</source>
            <translation>Unidades de tempo de {0} ms ({1}) sobre 0–{2} s, cada uma rotulada pelo código no seu ponto médio; tolerância {3} = {4} unidade(s).</translation>
        </message>
        <message>
            <source>With a tolerance κ may move either way; percent agreement never falls.</source>
            <translation>Com uma tolerância, κ pode variar em qualquer sentido; a porcentagem de concordância nunca cai.</translation>
        </message>
        <message>
            <source>Not compared: {0}.</source>
            <translation>Não comparado: {0}.</translation>
        </message>
        <message>
            <source>{0}: codes only one scheme has are set aside ({1}).</source>
            <translation>{0}: os códigos que só um dos sistemas de codificação tem são deixados de lado ({1}).</translation>
        </message>
        <message>
            <source>Bands after Landis &amp; Koch (1977) describe κ; they are not a verdict.</source>
            <translation>As faixas segundo Landis e Koch (1977) descrevem κ; não são um veredito.</translation>
        </message>
        <message>
            <source>state layer; compared codes: {0}</source>
            <translation>camada de estados; códigos comparados: {0}</translation>
        </message>
        <message>
            <source>point layer; compared codes: {0}</source>
            <translation>camada de pontos; códigos comparados: {0}</translation>
        </message>
        <message>
            <source>95% CI</source>
            <translation>IC 95%</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>concordância</translation>
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
            <translation>média |Δ início|</translation>
        </message>
        <message>
            <source>tallies</source>
            <translation>contagens</translation>
        </message>
        <message>
            <source>{0} units</source>
            <translation>{0} unidades</translation>
        </message>
        <message>
            <source>this {0}, other {1}</source>
            <translation>esta: {0}, outra: {1}</translation>
        </message>
    </context>
    <context>
        <name>DisagreementList</name>
        <message>
            <source>by time units</source>
            <translation>por unidades de tempo</translation>
        </message>
        <message>
            <source>by events</source>
            <translation>por eventos</translation>
        </message>
        <message>
            <source>Time units: stretches where the units' labels differ (marked on the timeline).
Events: episodes linked with another code, or not linked at all (∅).</source>
            <translation>Unidades de tempo: trechos em que os rótulos das unidades diferem (marcados na linha do tempo).
Eventos: episódios vinculados a outro código, ou não vinculados (∅).</translation>
        </message>
        <message>
            <source>all layers</source>
            <translation>todas as camadas</translation>
        </message>
        <message>
            <source>{0} event coded differently or not linked (∅)</source>
            <translation>{0} evento codificado de forma diferente ou não vinculado (∅)</translation>
        </message>
        <message>
            <source>{0} events coded differently or not linked (∅)</source>
            <translation>{0} eventos codificados de forma diferente ou não vinculados (∅)</translation>
        </message>
        <message>
            <source>{0} disagreeing stretch</source>
            <translation>{0} trecho em discordância</translation>
        </message>
        <message>
            <source>{0} disagreeing stretches</source>
            <translation>{0} trechos em discordância</translation>
        </message>
        <message>
            <source> ({0} forgiven by the tolerance)</source>
            <translation> ({0} perdoados pela tolerância)</translation>
        </message>
    </context>
    <context>
        <name>DisagreementModel</name>
        <message>
            <source>Layer</source>
            <translation>Camada</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>This coding</source>
            <translation>Esta codificação</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outra</translation>
        </message>
        <message>
            <source>forgiven (tolerance)</source>
            <translation>perdoado (tolerância)</translation>
        </message>
        <message>
            <source> — the codes differ, but the tolerance counts this as agreement</source>
            <translation> — os códigos diferem, mas a tolerância conta isto como concordância</translation>
        </message>
        <message>
            <source>Click to show this moment in the video.</source>
            <translation>Clique para mostrar este momento no vídeo.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>onset</source>
            <translation>início</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>fim</translation>
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
            <translation>camada</translation>
        </message>
        <message>
            <source>Edit {0} of {1} at {2}</source>
            <extracomment>the crash journal could not be written (disk full, folder read-only): say so once, because until the next save a crash would lose the changes since a save is about to be written: last-moment updates (a live clock's span) go in now tells another copy of attachcoder that this file is open here the file as this window last read or wrote it, to notice another writer on save a second window on a file another window has open journals beside, not over, it the furthest instant shown (session ms) and the least that changes the field: the field itself, or for a file that does not say yet, the last coded instant a session with no file yet (a new session): it counts as unsaved until saved</extracomment>
            <translation>Editar {0} de {1} em {2}</translation>
        </message>
        <message>
            <source>Delete {0} at {1}</source>
            <translation>Excluir {0} em {1}</translation>
        </message>
        <message>
            <source>Delete {0} episodes</source>
            <translation>Excluir {0} episódios</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sem título</translation>
        </message>
    </context>
    <context>
        <name>EpisodeDetail</name>
        <message>
            <source>(not set)</source>
            <translation>(não definido)</translation>
        </message>
        <message>
            <source>Note for this episode (Ctrl+Enter or click away keeps it)</source>
            <translation>Nota deste episódio (Ctrl+Enter ou clicar fora a mantém)</translation>
        </message>
        <message>
            <source>The episode's note, whole. It is kept when you click elsewhere or press Ctrl+Enter (one undo step); Escape puts back what was there.</source>
            <translation>A nota completa do episódio. Ela é mantida quando você clica em outro lugar ou pressiona Ctrl+Enter (uma etapa de desfazer); Escape restaura o que havia antes.</translation>
        </message>
        <message>
            <source>Select an episode to see its note and modifiers.</source>
            <translation>Selecione um episódio para ver sua nota e seus modificadores.</translation>
        </message>
        <message>
            <source>{0} of this episode (one undo step)</source>
            <translation>{0} deste episódio (uma etapa de desfazer)</translation>
        </message>
        <message>
            <source>{0} is not set yet: choose it (one undo step)</source>
            <translation>{0} ainda não está definido: escolha-o (uma etapa de desfazer)</translation>
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
            <translation>Camada</translation>
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
            <translation>Camada</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Fim</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duração</translation>
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
            <translation>Enter move o limite: a borda de um episódio adjacente se move junto (como ao arrastá-lo na linha do tempo). Shift+Enter move só esta borda.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> e </translation>
        </message>
        <message>
            <source>{0} at {1}: {2} not set yet — choose it in the detail pane under the table (or type it in the Modifiers column)</source>
            <translation>{0} em {1}: {2} ainda não definido — escolha-o no painel de detalhes abaixo da tabela (ou digite-o na coluna Modificadores)</translation>
        </message>
        <message>
            <source>write modifiers as name=value (modifiers of {0}: {1})</source>
            <translation>escreva os modificadores como nome=valor (modificadores de {0}: {1})</translation>
        </message>
        <message>
            <source>{0} has no modifier {1} (it has: {2})</source>
            <translation>{0} não tem o modificador {1} (tem: {2})</translation>
        </message>
        <message>
            <source>{0} is not a value of {1}; choose one of {2}</source>
            <translation>{0} não é um valor de {1}; escolha um de {2}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source>running</source>
            <translation>em andamento</translation>
        </message>
        <message>
            <source>Not changed: {0}</source>
            <translation>Não alterado: {0}</translation>
        </message>
        <message>
            <source>an episode needs an onset</source>
            <translation>um episódio precisa de um início</translation>
        </message>
        <message>
            <source>layer {0} has no code {1} (codes: {2})</source>
            <translation>a camada {0} não tem o código {1} (códigos: {2})</translation>
        </message>
        <message>
            <source>code {0} is not in the scheme</source>
            <translation>o código {0} não está no sistema de codificação</translation>
        </message>
    </context>
    <context>
        <name>ExportSessionDialog</name>
        <message>
            <source>Export workbook</source>
            <translation>Exportar pasta de trabalho</translation>
        </message>
        <message>
            <source>Include the coder's notes</source>
            <translation>Incluir as notas do codificador/a</translation>
        </message>
        <message>
            <source>Leave out free text when the workbook leaves the team.</source>
            <translation>Omita o texto livre quando a pasta de trabalho sair da equipe.</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EUA)</translation>
        </message>
        <message>
            <source>The paper the workbook prints on (the locale's by default).</source>
            <translation>O papel em que a pasta de trabalho é impressa (por padrão, o da configuração regional).</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Workbook</source>
            <translation>Pasta de trabalho</translation>
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
            <translation>A pasta de trabalho identifica a sessão pelos seus IDs, nunca por um vídeo ou uma pasta.</translation>
        </message>
        <message>
            <source>Choose where to write the workbook.</source>
            <translation>Escolha onde gravar a pasta de trabalho.</translation>
        </message>
        <message>
            <source>The workbook was not written</source>
            <translation>A pasta de trabalho não foi gravada</translation>
        </message>
    </context>
    <context>
        <name>FrameCache</name>
        <message>
            <source>{0}: frames could not be decoded ({1})</source>
            <extracomment>Pictures kept at most (bytes): ~90 frames of a 960 × 540 pane, 24 of full 1080p. Frames decoded ahead of the wanted one, at most. a frame asked for with :meth:`want` is now in the cache a frame asked for that the decoder does not give (the player asks QMediaPlayer) the decoder cannot read the file (the player then keeps using QMediaPlayer)</extracomment>
            <translation>{0}: não foi possível decodificar os quadros ({1})</translation>
        </message>
    </context>
    <context>
        <name>HashWorker</name>
        <message>
            <source>cannot read {0}: {1}</source>
            <translation>não é possível ler {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Keyboard help</source>
            <translation>Ajuda do teclado</translation>
        </message>
    </context>
    <context>
        <name>InterchangeActions</name>
        <message>
            <source>Other tools' codings</source>
            <translation>Codificações de outras ferramentas</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos os arquivos</translation>
        </message>
        <message>
            <source>ELAN annotation files</source>
            <extracomment>what each export's files are called in a file dialog (the patterns are added)</extracomment>
            <translation>Arquivos de anotação do ELAN</translation>
        </message>
        <message>
            <source>SDIS timed-event data</source>
            <translation>Dados de eventos temporizados SDIS</translation>
        </message>
        <message>
            <source>CSV tables</source>
            <translation>Tabelas CSV</translation>
        </message>
        <message>
            <source>BORIS projects</source>
            <translation>Projetos do BORIS</translation>
        </message>
        <message>
            <source>Datavyu projects</source>
            <translation>Projetos do Datavyu</translation>
        </message>
        <message>
            <source>Praat TextGrids</source>
            <translation>TextGrids do Praat</translation>
        </message>
        <message>
            <source>Import a coding from another tool</source>
            <translation>Importar uma codificação de outra ferramenta</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Nada foi importado</translation>
        </message>
        <message>
            <source>It holds no coding.</source>
            <translation>Não contém nenhuma codificação.</translation>
        </message>
        <message>
            <source>{0}: nothing to import.</source>
            <translation>{0}: nada a importar.</translation>
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
            <translation>{0} episódios importados de {1}; use Salvar como para mantê-los como arquivo de sessão.</translation>
        </message>
        <message>
            <source>Import report — {0}</source>
            <translation>Relatório de importação — {0}</translation>
        </message>
        <message>
            <source>the observation {0} of {1}</source>
            <translation>a observação {0} de {1}</translation>
        </message>
        <message>
            <source>Imported {0}: {1} episodes in {2} layer(s). The choices the importer made:</source>
            <translation>Importado {0}: {1} episódios em {2} camada(s). As escolhas que o importador fez:</translation>
        </message>
        <message>
            <source>nothing needed a choice</source>
            <translation>nada exigiu uma escolha</translation>
        </message>
        <message>
            <source>not imported: {0}</source>
            <translation>não importado: {0}</translation>
        </message>
        <message>
            <source>Export as {0}</source>
            <translation>Exportar como {0}</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Não exportado</translation>
        </message>
        <message>
            <source>{0} was not written: {1}

Your session is unchanged; try another place.</source>
            <translation>{0} não foi gravado: {1}

Sua sessão não foi alterada; tente outro local.</translation>
        </message>
        <message>
            <source>Exported {0} ({1}, {2} episodes)</source>
            <translation>Exportado {0} ({1}, {2} episódios)</translation>
        </message>
        <message>
            <source>{0} was written. Please note:</source>
            <translation>{0} foi gravado. Observe:</translation>
        </message>
        <message>
            <source>Exported, with remarks</source>
            <translation>Exportado, com observações</translation>
        </message>
        <message>
            <source>The current session was not changed. Fix the file in the tool that wrote it, or choose another.</source>
            <translation>A sessão atual não foi alterada. Corrija o arquivo na ferramenta que o gravou ou escolha outro.</translation>
        </message>
        <message>
            <source>{0} holds {1} observations; the window opens one at a time.
(attachcoder import FILE -o FOLDER imports them all.)

Import which one?</source>
            <translation>{0} contém {1} observações; a janela abre uma de cada vez.
(attachcoder import FILE -o FOLDER importa todas.)

Qual delas importar?</translation>
        </message>
        <message>
            <source>Not importable: {0}</source>
            <translation>Não importável: {0}</translation>
        </message>
        <message>
            <source>Choose an observation</source>
            <translation>Escolha uma observação</translation>
        </message>
    </context>
    <context>
        <name>LayerForm</name>
        <message>
            <source>states (one at a time)</source>
            <translation>estados (um de cada vez)</translation>
        </message>
        <message>
            <source>points (instants)</source>
            <translation>pontos (instantes)</translation>
        </message>
        <message>
            <source>What the measures use this layer for: 'interaction' for attuned / misattuned / repair, 'phase' for play / still-face / reunion.</source>
            <translation>Para que as medidas usam esta camada: "interação" para sintonizado / dessintonizado / reparação, "fase" para brincadeira / rosto imóvel / reencontro.</translation>
        </message>
        <message>
            <source>Layer name</source>
            <translation>Nome da camada</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Contém</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Papel</translation>
        </message>
    </context>
    <context>
        <name>LiveCoding</name>
        <message>
            <source>Live session: no video</source>
            <extracomment>where clocks read the time (None: a monotonic timer); tests give a fake one</extracomment>
            <translation>Sessão ao vivo: sem vídeo</translation>
        </message>
        <message>
            <source>Clock stopped at {0}.</source>
            <translation>Relógio parado em {0}.</translation>
        </message>
        <message>
            <source>The running states were not closed: {0}</source>
            <translation>Os estados em andamento não foram fechados: {0}</translation>
        </message>
        <message>
            <source>Clock stopped at {0}: running states end there (Undo brings them back).</source>
            <translation>Relógio parado em {0}: os estados em andamento terminam ali (Desfazer os traz de volta).</translation>
        </message>
    </context>
    <context>
        <name>LivePanel</name>
        <message>
            <source>Start the clock</source>
            <translation>Iniciar o relógio</translation>
        </message>
        <message>
            <source>Stop the clock</source>
            <translation>Parar o relógio</translation>
        </message>
        <message>
            <source>End the observation here: running states end at this time (one undo step)</source>
            <translation>Encerrar a observação aqui: os estados em andamento terminam neste momento (uma etapa de desfazer)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Live coding&lt;/b&gt; — no video; the session runs on this clock</source>
            <translation>&lt;b&gt;Codificação ao vivo&lt;/b&gt; — sem vídeo; a sessão segue este relógio</translation>
        </message>
        <message>
            <source>Running — code with the scheme's keys; {0} pauses.</source>
            <translation>Em andamento — codifique com as teclas do sistema de codificação; {0} pausa.</translation>
        </message>
        <message>
            <source>Stopped: the observation ended here. {0} starts the clock again.</source>
            <translation>Parado: a observação terminou aqui. {0} reinicia o relógio.</translation>
        </message>
        <message>
            <source>Paused — {0} starts the clock.</source>
            <translation>Em pausa — {0} inicia o relógio.</translation>
        </message>
        <message>
            <source>Pause the clock</source>
            <translation>Pausar o relógio</translation>
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
            <translation> (ainda não salva)</translation>
        </message>
        <message>
            <source>Select an episode in the table to delete it.</source>
            <translation>Selecione um episódio na tabela para excluí-lo.</translation>
        </message>
        <message>
            <source>Unsaved changes are not protected against a crash ({0}). Save now (Ctrl+S).</source>
            <translation>As alterações não salvas não estão protegidas contra uma falha ({0}). Salve agora (Ctrl+S).</translation>
        </message>
    </context>
    <context>
        <name>MetadataDialog</name>
        <message>
            <source>Session details</source>
            <translation>Detalhes da sessão</translation>
        </message>
        <message>
            <source>Edit session details</source>
            <translation>Editar os detalhes da sessão</translation>
        </message>
    </context>
    <context>
        <name>MetadataForm</name>
        <message>
            <source>mother</source>
            <extracomment>kept in the file in English (batch tables group by them); shown in the window's language</extracomment>
            <translation>mãe</translation>
        </message>
        <message>
            <source>father</source>
            <translation>pai</translation>
        </message>
        <message>
            <source>other caregiver</source>
            <translation>outro cuidador</translation>
        </message>
        <message>
            <source>the session date {0} must be written YYYY-MM-DD (e.g. 2026-03-02)</source>
            <translation>a data da sessão {0} deve ser escrita AAAA-MM-DD (p. ex., 2026-03-02)</translation>
        </message>
        <message>
            <source>e.g. D014 — a code, never a name</source>
            <translation>p. ex., D014 — um código, nunca um nome</translation>
        </message>
        <message>
            <source>e.g. C2</source>
            <translation>p. ex., C2</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source> months</source>
            <translation> meses</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>não informado</translation>
        </message>
        <message>
            <source>corrected for prematurity</source>
            <translation>corrigida para prematuridade</translation>
        </message>
        <message>
            <source>Pseudonymous IDs only: no names, no birth dates.</source>
            <translation>Somente IDs pseudônimos: sem nomes, sem datas de nascimento.</translation>
        </message>
        <message>
            <source>Dyad ID</source>
            <translation>ID da díade</translation>
        </message>
        <message>
            <source>Coder ID</source>
            <translation>ID do codificador/a</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Data da sessão</translation>
        </message>
        <message>
            <source>Infant age</source>
            <translation>Idade do bebê</translation>
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
            <translation>ID da díade</translation>
        </message>
        <message>
            <source>coder ID</source>
            <translation>ID do codificador/a</translation>
        </message>
        <message>
            <source>the {0} {1} names files in exports; leave out / \ : * ? " &lt; &gt; |</source>
            <translation>o {0} {1} nomeia arquivos nas exportações; omita / \ : * ? " &lt; &gt; |</translation>
        </message>
    </context>
    <context>
        <name>ModifierBar</name>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; at {1}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; em {1}</translation>
        </message>
        <message>
            <source>Set {0} = {1} for this {2} episode</source>
            <translation>Definir {0} = {1} para este episódio de {2}</translation>
        </message>
        <message>
            <source>Hide (the modifier stays empty, marked in the table; set it under the table later)</source>
            <translation>Ocultar (o modificador fica vazio, marcado na tabela; defina-o depois abaixo da tabela)</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New session</source>
            <translation>Nova sessão</translation>
        </message>
        <message>
            <source>Code from video</source>
            <translation>Codificar a partir de vídeo</translation>
        </message>
        <message>
            <source>Code live, on a clock (no video)</source>
            <translation>Codificar ao vivo, com um relógio (sem vídeo)</translation>
        </message>
        <message>
            <source>Camera 1</source>
            <translation>Câmera 1</translation>
        </message>
        <message>
            <source>A second, synchronised camera</source>
            <translation>Uma segunda câmera sincronizada</translation>
        </message>
        <message>
            <source>Camera 2</source>
            <translation>Câmera 2</translation>
        </message>
        <message>
            <source>What is coded</source>
            <translation>O que é codificado</translation>
        </message>
        <message>
            <source>Default attachment scheme</source>
            <translation>Sistema de codificação de apego padrão</translation>
        </message>
        <message>
            <source>Load…</source>
            <translation>Carregar…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Coding scheme</source>
            <translation>Sistema de codificação</translation>
        </message>
        <message>
            <source>Session details</source>
            <translation>Detalhes da sessão</translation>
        </message>
        <message>
            <source>where to keep the session ({0})</source>
            <translation>onde manter a sessão ({0})</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <source>Session file</source>
            <translation>Arquivo de sessão</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Criar</translation>
        </message>
        <message>
            <source>“{0}”: {1} layers, {2} codes</source>
            <translation>"{0}": {1} camadas, {2} códigos</translation>
        </message>
        <message>
            <source>Load a scheme</source>
            <translation>Carregar um sistema de codificação</translation>
        </message>
        <message>
            <source>Cannot load the scheme</source>
            <translation>Não é possível carregar o sistema de codificação</translation>
        </message>
        <message>
            <source>Keep the session as</source>
            <translation>Manter a sessão como</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <source>The date is {0}.</source>
            <translation>A data é {0}.</translation>
        </message>
        <message>
            <source>camera 1</source>
            <translation>câmera 1</translation>
        </message>
        <message>
            <source>camera 2</source>
            <translation>câmera 2</translation>
        </message>
        <message>
            <source>choose the video of {0}</source>
            <translation>escolha o vídeo da {0}</translation>
        </message>
        <message>
            <source>{0}: still reading the video…</source>
            <translation>{0}: ainda lendo o vídeo…</translation>
        </message>
        <message>
            <source>choose where to keep the session file</source>
            <translation>escolha onde manter o arquivo de sessão</translation>
        </message>
        <message>
            <source>the folder {0} does not exist</source>
            <translation>a pasta {0} não existe</translation>
        </message>
        <message>
            <source>{0} exists already; choose another name (nothing is overwritten)</source>
            <translation>{0} já existe; escolha outro nome (nada é sobrescrito)</translation>
        </message>
    </context>
    <context>
        <name>NewStudyDialog</name>
        <message>
            <source>New study</source>
            <translation>Novo estudo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Pasta</translation>
        </message>
        <message>
            <source>the folder's name</source>
            <translation>o nome da pasta</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Coders (IDs, commas between)</source>
            <translation>Codificadores (IDs, separados por vírgulas)</translation>
        </message>
        <message>
            <source>Share double-coded</source>
            <translation>Proporção com dupla codificação</translation>
        </message>
        <message>
            <source>Seed of the draw</source>
            <translation>Semente do sorteio</translation>
        </message>
        <message>
            <source>Agreement unit</source>
            <translation>Unidade de concordância</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Tolerância</translation>
        </message>
        <message>
            <source>Overlap (Holle &amp; Rein 2015)</source>
            <translation>Sobreposição (Holle &amp; Rein 2015)</translation>
        </message>
        <message>
            <source>GSEQ (Bakeman, Quera &amp; Gnisci 2009)</source>
            <translation>GSEQ (Bakeman, Quera &amp; Gnisci 2009)</translation>
        </message>
        <message>
            <source>How events are paired for event κ: by overlap (states at ≥ 60% of the longer one, points within 1 s) or by GSEQ's dynamic-programming alignment of onsets</source>
            <translation>Como os eventos são pareados para o κ de eventos: por sobreposição (estados em ≥ 60% do mais longo, pontos a menos de 1 s) ou pelo alinhamento de inícios do GSEQ por programação dinâmica</translation>
        </message>
        <message>
            <source>Event alignment</source>
            <translation>Alinhamento de eventos</translation>
        </message>
        <message>
            <source>GSEQ alignment: onsets this close may pair</source>
            <translation>Alinhamento GSEQ: inícios assim próximos podem ser pareados</translation>
        </message>
        <message>
            <source>Onset tolerance (GSEQ)</source>
            <translation>Tolerância de início (GSEQ)</translation>
        </message>
        <message>
            <source>Leave out when both say uncodable</source>
            <translation>Excluir quando ambos indicam não codificável</translation>
        </message>
        <message>
            <source>Leave out when either says uncodable</source>
            <translation>Excluir quando qualquer um indica não codificável</translation>
        </message>
        <message>
            <source>Count uncodable as a code</source>
            <translation>Contar "não codificável" como um código</translation>
        </message>
        <message>
            <source>Codes with role 'excluded' (uncodable): agreeing that nothing could be coded is not agreement on the interaction, so by default such time is left out</source>
            <translation>Códigos com o papel "excluído" (não codificável): concordar que nada pôde ser codificado não é concordância sobre a interação, por isso esse tempo é excluído por padrão</translation>
        </message>
        <message>
            <source>Uncodable time</source>
            <translation>Tempo não codificável</translation>
        </message>
        <message>
            <source>Criterion κ</source>
            <translation>κ de critério</translation>
        </message>
        <message>
            <source>Folder of the new study</source>
            <translation>Pasta do novo estudo</translation>
        </message>
    </context>
    <context>
        <name>NotePrompt</name>
        <message>
            <source>Type a note; Enter keeps it, Escape leaves none</source>
            <translation>Digite uma nota; Enter a mantém, Escape não deixa nenhuma</translation>
        </message>
        <message>
            <source>Note for &lt;b&gt;{0}&lt;/b&gt; at {1}:</source>
            <translation>Nota para &lt;b&gt;{0}&lt;/b&gt; em {1}:</translation>
        </message>
    </context>
    <context>
        <name>QtTimeline</name>
        <message>
            <source>Drag an edge to move it; where two episodes touch, both move. Hold Shift to move the edge alone. Click to seek, double-click to go to an episode.</source>
            <translation>Arraste uma borda para movê-la; onde dois episódios se tocam, ambos se movem. Segure Shift para mover só a borda. Clique para ir a um ponto; clique duas vezes para ir a um episódio.</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel)</source>
            <translation>Ampliar (Ctrl+roda)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel)</source>
            <translation>Reduzir (Ctrl+roda)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>Show the whole session</source>
            <translation>Mostrar a sessão inteira</translation>
        </message>
        <message>
            <source>The edit was undone: {0}</source>
            <translation>A edição foi desfeita: {0}</translation>
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
            <translation>Item de avaliação</translation>
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
            <translation>Definição</translation>
        </message>
        <message>
            <source>rating item {0}: min {1} is not a number</source>
            <translation>item de avaliação {0}: o mínimo {1} não é um número</translation>
        </message>
        <message>
            <source>rating item {0}: max {1} is not a number</source>
            <translation>item de avaliação {0}: o máximo {1} não é um número</translation>
        </message>
    </context>
    <context>
        <name>RatingsDialog</name>
        <message>
            <source>Ratings</source>
            <translation>Avaliações</translation>
        </message>
        <message>
            <source>rated</source>
            <translation>avaliado</translation>
        </message>
        <message>
            <source>The scheme has no rating items (add them in the scheme editor).</source>
            <translation>O sistema de codificação não tem itens de avaliação (adicione-os no editor do sistema de codificação).</translation>
        </message>
        <message>
            <source>Edit ratings</source>
            <translation>Editar as avaliações</translation>
        </message>
    </context>
    <context>
        <name>SchemeEditorDialog</name>
        <message>
            <source>Coding scheme</source>
            <translation>Sistema de codificação</translation>
        </message>
        <message>
            <source>Layers and codes</source>
            <translation>Camadas e códigos</translation>
        </message>
        <message>
            <source>Choose a layer or a code to edit it.</source>
            <translation>Escolha uma camada ou um código para editá-lo.</translation>
        </message>
        <message>
            <source>Add layer</source>
            <translation>Adicionar camada</translation>
        </message>
        <message>
            <source>Add code</source>
            <translation>Adicionar código</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Descer</translation>
        </message>
        <message>
            <source>Add rating item</source>
            <translation>Adicionar item de avaliação</translation>
        </message>
        <message>
            <source>Remove rating item</source>
            <translation>Remover item de avaliação</translation>
        </message>
        <message>
            <source>Rating items</source>
            <translation>Itens de avaliação</translation>
        </message>
        <message>
            <source>Load template…</source>
            <translation>Carregar modelo…</translation>
        </message>
        <message>
            <source>Save as template…</source>
            <translation>Salvar como modelo…</translation>
        </message>
        <message>
            <source>Scheme name</source>
            <translation>Nome do sistema de codificação</translation>
        </message>
        <message>
            <source>Problems to fix before saving:</source>
            <translation>Problemas a corrigir antes de salvar:</translation>
        </message>
        <message>
            <source>states</source>
            <translation>estados</translation>
        </message>
        <message>
            <source>points</source>
            <translation>pontos</translation>
        </message>
        <message>
            <source>layer {0}</source>
            <translation>camada {0}</translation>
        </message>
        <message>
            <source>code {0}</source>
            <translation>código {0}</translation>
        </message>
        <message>
            <source>Remove a code in use</source>
            <translation>Remover um código em uso</translation>
        </message>
        <message>
            <source>The session has {0} episode(s) coded with {1}. Remove it and delete those episodes? (Undo after saving the scheme brings them back.)</source>
            <translation>A sessão tem {0} episódio(s) codificado(s) com {1}. Removê-lo e excluir esses episódios? (Desfazer depois de salvar o sistema de codificação os traz de volta.)</translation>
        </message>
        <message>
            <source>layer {0} has coded states; it cannot hold points (add a new layer instead)</source>
            <translation>a camada {0} tem estados codificados; ela não pode conter pontos (adicione uma nova camada)</translation>
        </message>
        <message>
            <source>layer {0} has coded points; it cannot hold states (add a new layer instead)</source>
            <translation>a camada {0} tem pontos codificados; ela não pode conter estados (adicione uma nova camada)</translation>
        </message>
        <message>
            <source>Load a scheme</source>
            <translation>Carregar um sistema de codificação</translation>
        </message>
        <message>
            <source>Cannot load the scheme</source>
            <translation>Não é possível carregar o sistema de codificação</translation>
        </message>
        <message>
            <source>Save the scheme as a template</source>
            <translation>Salvar o sistema de codificação como modelo</translation>
        </message>
        <message>
            <source>Cannot save the scheme</source>
            <translation>Não é possível salvar o sistema de codificação</translation>
        </message>
        <message>
            <source>The scheme does not fit this session</source>
            <translation>O sistema de codificação não é compatível com esta sessão</translation>
        </message>
        <message>
            <source>Coding will be lost</source>
            <translation>Codificação será perdida</translation>
        </message>
        <message>
            <source>Saving this scheme changes the coding:

• {0}

Go ahead? (Edit → Undo brings it all back.)</source>
            <translation>Salvar este sistema de codificação altera a codificação:

• {0}

Continuar? (Editar → Desfazer traz tudo de volta.)</translation>
        </message>
    </context>
    <context>
        <name>SessionActions</name>
        <message>
            <source>Clear the list</source>
            <translation>Limpar a lista</translation>
        </message>
        <message>
            <source>The session was not created</source>
            <translation>A sessão não foi criada</translation>
        </message>
        <message>
            <source>{0} was not written: {1}</source>
            <translation>{0} não foi gravado: {1}</translation>
        </message>
        <message>
            <source>Exported {0}</source>
            <translation>Exportado {0}</translation>
        </message>
        <message>
            <source>This scheme has no rating items; add them in Session ▸ Coding scheme…</source>
            <translation>Este sistema de codificação não tem itens de avaliação; adicione-os em Sessão ▸ Sistema de codificação…</translation>
        </message>
    </context>
    <context>
        <name>SoundRow</name>
        <message>
            <source>The video's sound. Click or drag to move the video; right-click (or click Sound ▾) for the spectrogram.</source>
            <translation>O som do vídeo. Clique ou arraste para mover o vídeo; clique com o botão direito (ou em Som ▾) para o espectrograma.</translation>
        </message>
        <message>
            <source>Sound ▾</source>
            <translation>Som ▾</translation>
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
            <translation>câmera {n}</translation>
        </message>
        <message>
            <source>Reading the sound track… {percent} %</source>
            <translation>Lendo a faixa de som… {percent} %</translation>
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
            <translation>Som da câmera {n}</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>The sample session is not installed with this copy.</source>
            <translation>A sessão de exemplo não está instalada nesta cópia.</translation>
        </message>
        <message>
            <source>Cannot open the sample session</source>
            <translation>Não é possível abrir a sessão de exemplo</translation>
        </message>
        <message>
            <source>version {0} — coding caregiver–infant interaction: attuned, misattuned, repair</source>
            <translation>versão {0} — codificação da interação cuidador–bebê: sintonizado, dessintonizado, reparação</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nova sessão…</translation>
        </message>
        <message>
            <source>A video (or two cameras) or a live session, a scheme and the details</source>
            <translation>Um vídeo (ou duas câmeras) ou uma sessão ao vivo, um sistema de codificação e os detalhes</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Open a session file (.acs)</source>
            <translation>Abrir um arquivo de sessão (.acs)</translation>
        </message>
        <message>
            <source>Open the sample session</source>
            <translation>Abrir a sessão de exemplo</translation>
        </message>
        <message>
            <source>A coded six-minute still-face session to practise on (a copy: the sample itself is never changed)</source>
            <translation>Uma sessão de rosto imóvel de seis minutos já codificada para praticar (uma cópia: o exemplo em si nunca é alterado)</translation>
        </message>
        <message>
            <source>A session is one &lt;b&gt;.acs&lt;/b&gt; file beside its video (the video is never copied). Press &lt;b&gt;F1&lt;/b&gt; in the coding window for every key.</source>
            <translation>Uma sessão é um arquivo &lt;b&gt;.acs&lt;/b&gt; ao lado do seu vídeo (o vídeo nunca é copiado). Pressione &lt;b&gt;F1&lt;/b&gt; na janela de codificação para ver todas as teclas.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recent sessions&lt;/b&gt; (click to open)</source>
            <translation>&lt;b&gt;Sessões recentes&lt;/b&gt; (clique para abrir)</translation>
        </message>
        <message>
            <source>No sessions opened yet</source>
            <translation>Nenhuma sessão aberta ainda</translation>
        </message>
    </context>
    <context>
        <name>StudyDashboard</name>
        <message>
            <source>You are:</source>
            <translation>Você é:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Add videos…</source>
            <translation>Adicionar vídeos…</translation>
        </message>
        <message>
            <source>Draw reliability sample…</source>
            <translation>Sortear amostra de confiabilidade…</translation>
        </message>
        <message>
            <source>Agreement…</source>
            <translation>Concordância…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>{0} — {1} video(s)</source>
            <translation>{0} — {1} vídeo(s)</translation>
        </message>
        <message>
            <source>{0} — study — attachcoder</source>
            <translation>{0} — estudo — attachcoder</translation>
        </message>
        <message>
            <source>you</source>
            <translation>você</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next for {0}:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Next for the study:&lt;/b&gt; {2}</source>
            <translation>&lt;b&gt;Próximo para {0}:&lt;/b&gt; {1}&lt;br&gt;&lt;b&gt;Próximo para o estudo:&lt;/b&gt; {2}</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{0} of {1} complete</source>
            <translation>{0} de {1} concluídas</translation>
        </message>
        <message>
            <source>{0}; and {1} more</source>
            <translation>{0}; e mais {1}</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Quem é você?</translation>
        </message>
        <message>
            <source>Choose who you are (You are: …) to open your codings.</source>
            <translation>Escolha quem você é (Você é: …) para abrir suas codificações.</translation>
        </message>
        <message>
            <source>{0} and {1}</source>
            <translation>{0} e {1}</translation>
        </message>
        <message>
            <source>Not yours to code</source>
            <translation>Não cabe a você codificar</translation>
        </message>
        <message>
            <source>Dyad {0} is coded by {1}. {2} has no coding of it; another coder's session is never opened for you (blind double-coding).</source>
            <translation>A díade {0} é codificada por {1}. {2} não tem nenhuma codificação dela; a sessão de outro codificador/a nunca é aberta para você (dupla codificação cega).</translation>
        </message>
    </context>
    <context>
        <name>StudyLink</name>
        <message>
            <source>This coding is complete and opens read-only; Session → Reopen for editing to change it.</source>
            <translation>Esta codificação está concluída e abre somente para leitura; use Sessão → Reabrir para edição para alterá-la.</translation>
        </message>
        <message>
            <source>Not marked complete: states are still running.</source>
            <translation>Não marcada como concluída: ainda há estados em andamento.</translation>
        </message>
        <message>
            <source>Not marked complete: {0}</source>
            <translation>Não marcada como concluída: {0}</translation>
        </message>
        <message>
            <source>Cannot open the study</source>
            <translation>Não é possível abrir o estudo</translation>
        </message>
    </context>
    <context>
        <name>TransportBar</name>
        <message>
            <source>frame {0}</source>
            <translation>quadro {0}</translation>
        </message>
        <message>
            <source>Time of the frame on screen (hh:mm:ss.mmm)</source>
            <translation>Tempo do quadro na tela (hh:mm:ss.mmm)</translation>
        </message>
        <message>
            <source>frame –</source>
            <translation>quadro –</translation>
        </message>
        <message>
            <source>Number of the frame on screen (the first frame is 0)</source>
            <translation>Número do quadro na tela (o primeiro quadro é 0)</translation>
        </message>
        <message>
            <source>Playback speed: ] faster, [ slower, \ back to 1×</source>
            <translation>Velocidade de reprodução: ] mais rápido, [ mais lento, \ voltar a 1×</translation>
        </message>
    </context>
    <context>
        <name>UnsetCount</name>
        <message>
            <source>Episodes whose code has a modifier nobody set yet (marked in the table). Click to select the next one, then choose the value under the table.</source>
            <translation>Episódios cujo código tem um modificador que ninguém definiu ainda (marcados na tabela). Clique para selecionar o próximo e depois escolha o valor abaixo da tabela.</translation>
        </message>
        <message>
            <source>{0} {1} without {2}</source>
            <translation>{0} × {3} sem {2}</translation>
        </message>
    </context>
    <context>
        <name>VideoProbe</name>
        <message>
            <source>no such file</source>
            <extracomment>(slowest, fastest) rate when the video's rate varies; None when constant or unknown</extracomment>
            <translation>arquivo inexistente</translation>
        </message>
    </context>
    <context>
        <name>VideoWidget</name>
        <message>
            <source>No video</source>
            <translation>Sem vídeo</translation>
        </message>
        <message>
            <source>Loading the video…</source>
            <translation>Carregando o vídeo…</translation>
        </message>
        <message>
            <source>File ▸ Locate video…</source>
            <translation>Arquivo ▸ Localizar vídeo…</translation>
        </message>
        <message>
            <source>The video</source>
            <translation>O vídeo</translation>
        </message>
        <message>
            <source>{0} cannot be played:
{1}.

Choose a good copy of the video with {2}
The coding in the table can still be edited.</source>
            <translation>{0} não pode ser reproduzido:
{1}.

Escolha uma cópia do vídeo em bom estado com {2}
A codificação na tabela ainda pode ser editada.</translation>
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
            <translation>boa</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderada</translation>
        </message>
        <message>
            <source>almost perfect</source>
            <extracomment>The normal quantile of a two-sided 95% interval (z_.975), as statsmodels' cohens_kappa. Landis &amp; Koch (1977), intervals closed on the left. Printed beside κ, never as a verdict. The words are marked for translation (context "agreement"): the window and the workbook show them in their language; JSON and text output keep these.</extracomment>
            <translation>quase perfeita</translation>
        </message>
        <message>
            <source>substantial</source>
            <translation>substancial</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>razoável</translation>
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
            <translation>EP e IC de 95% de κ: Fleiss, Cohen e Everitt (1969), tratando as unidades como independentes (não são: unidades de tempo vizinhas se parecem, então o intervalo é estreito demais).</translation>
        </message>
        <message>
            <source>[{0}, {1}]</source>
            <extracomment>Okabe–Ito, one colour per coder (they repeat past eight coders)</extracomment>
            <translation>[{0}; {1}]</translation>
        </message>
        <message>
            <source>Observer drift: rolling mean κ of the last five pairs</source>
            <translation>Deriva do observador: κ médio móvel dos últimos cinco pares</translation>
        </message>
        <message>
            <source>reliability pair, by completion</source>
            <translation>par de confiabilidade, por ordem de conclusão</translation>
        </message>
        <message>
            <source>{0} (below criterion)</source>
            <translation>{0} (abaixo do critério)</translation>
        </message>
        <message>
            <source>criterion {0}</source>
            <translation>critério {0}</translation>
        </message>
    </context>
    <context>
        <name>completion</name>
        <message>
            <source>states are still running; choose where they end</source>
            <translation>ainda há estados em andamento; escolha onde eles terminam</translation>
        </message>
        <message>
            <source>{0}, does not start before {1}, so it cannot end there; show a later frame, or close it at the end of the video</source>
            <translation>{0} não começa antes de {1}, então não pode terminar ali; mostre um quadro posterior ou feche-o no fim do vídeo</translation>
        </message>
    </context>
    <context>
        <name>conflict</name>
        <message>
            <source>{0} — missing</source>
            <translation>{0} — ausente</translation>
        </message>
        <message>
            <source>{0} — saved {1}, cannot be read ({2})</source>
            <translation>{0} — salvo {1}, não pode ser lido ({2})</translation>
        </message>
        <message>
            <source>{0} — saved {1}, {2}</source>
            <translation>{0} — salvo {1}, {2}</translation>
        </message>
        <message>
            <source>Two copies of this coding</source>
            <translation>Duas cópias desta codificação</translation>
        </message>
        <message>
            <source>A sync client (or a person) left a second copy of this coding:

  • {0}
  • {1}

Until one is kept, the video counts as a conflict: it is in no export and no agreement. Compare the two, then keep one — the other is renamed aside (….bak), never deleted.</source>
            <translation>Um cliente de sincronização (ou uma pessoa) deixou uma segunda cópia desta codificação:

  • {0}
  • {1}

Até que uma seja mantida, o vídeo conta como conflito: não entra em nenhuma exportação nem em nenhuma concordância. Compare as duas e mantenha uma — a outra é renomeada à parte (….bak), nunca excluída.</translation>
        </message>
        <message>
            <source>Keep {0}</source>
            <translation>Manter {0}</translation>
        </message>
        <message>
            <source>Compare the two</source>
            <translation>Comparar as duas</translation>
        </message>
        <message>
            <source>Nothing changed</source>
            <translation>Nada foi alterado</translation>
        </message>
        <message>
            <source>The files could not be renamed: {0}</source>
            <translation>Não foi possível renomear os arquivos: {0}</translation>
        </message>
        <message>
            <source>Conflict resolved</source>
            <translation>Conflito resolvido</translation>
        </message>
        <message>
            <source>Kept {0}; the other is now {1}.</source>
            <translation>{0} foi mantido; o outro agora é {1}.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <source>The language of the sheet names, headings and notes; the data tables' column names stay English identifiers.</source>
            <translation>O idioma dos nomes das planilhas, dos cabeçalhos e das notas; os nomes das colunas das tabelas de dados permanecem identificadores em inglês.</translation>
        </message>
        <message>
            <source>the export failed unexpectedly ({0}); see the log</source>
            <translation>a exportação falhou inesperadamente ({0}); veja o log</translation>
        </message>
    </context>
    <context>
        <name>file_flow</name>
        <message>
            <source>Cannot open the session</source>
            <translation>Não é possível abrir a sessão</translation>
        </message>
        <message>
            <source>Recovered unsaved coding of {0}; save to keep it.</source>
            <translation>A codificação não salva de {0} foi recuperada; salve para mantê-la.</translation>
        </message>
        <message>
            <source>(last change {0})</source>
            <translation>(última alteração {0})</translation>
        </message>
        <message>
            <source>This session has no video</source>
            <translation>Esta sessão não tem vídeo</translation>
        </message>
        <message>
            <source>Video not found: {0}
File ▸ Locate video…</source>
            <translation>Vídeo não encontrado: {0}
Arquivo ▸ Localizar vídeo…</translation>
        </message>
        <message>
            <source>The video {0} was not found; the table can still be edited. Locate it from the File menu.</source>
            <translation>O vídeo {0} não foi encontrado; a tabela ainda pode ser editada. Localize-o pelo menu Arquivo.</translation>
        </message>
        <message>
            <source>Locate video</source>
            <translation>Localizar vídeo</translation>
        </message>
        <message>
            <source>Cannot use this video</source>
            <translation>Não é possível usar este vídeo</translation>
        </message>
        <message>
            <source>Using the video {0}; save to remember where it is.</source>
            <translation>Usando o vídeo {0}; salve para lembrar onde ele está.</translation>
        </message>
        <message>
            <source>Your coding is safe in memory and in the journal; try another place.</source>
            <translation>Sua codificação está segura na memória e no diário; tente outro local.</translation>
        </message>
        <message>
            <source>Your coding is only in memory now: keep this window open and save to another place (another disk or folder).</source>
            <translation>Sua codificação agora está só na memória: mantenha esta janela aberta e salve em outro local (outro disco ou outra pasta).</translation>
        </message>
        <message>
            <source>The session was not saved: {0}</source>
            <translation>A sessão não foi salva: {0}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Não salvo</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>{0} salvo</translation>
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
            <translation>Na tabela de episódios, F2 edita a célula; Enter mantém a edição. Em um limite compartilhado por dois episódios adjacentes, um novo início ou fim move &lt;b&gt;ambos&lt;/b&gt; os lados, como ao arrastar o limite na linha do tempo (uma etapa de desfazer).</translation>
        </message>
        <message>
            <source>Shift+Enter</source>
            <translation>Shift+Enter</translation>
        </message>
        <message>
            <source>Keeps a new onset or offset for &lt;b&gt;this edge alone&lt;/b&gt; (the neighbour stays: a gap opens, or an overlap is refused). In the timeline, hold Shift while dragging an edge.</source>
            <translation>Mantém um novo início ou fim &lt;b&gt;só para esta borda&lt;/b&gt; (o vizinho fica: abre-se um intervalo, ou uma sobreposição é recusada). Na linha do tempo, segure Shift enquanto arrasta uma borda.</translation>
        </message>
        <message>
            <source>Note, modifiers</source>
            <translation>Nota, modificadores</translation>
        </message>
        <message>
            <source>Under the table, the selected episode's note (Ctrl+Enter or clicking away keeps it, Escape puts back what was there) and its modifiers. A modifier left unset is tinted in the table and counted in the status bar; click the count to go to the next one.</source>
            <translation>Abaixo da tabela, a nota do episódio selecionado (Ctrl+Enter ou clicar fora a mantém, Escape restaura o que havia) e seus modificadores. Um modificador não definido aparece destacado na tabela e é contado na barra de status; clique na contagem para ir ao próximo.</translation>
        </message>
        <message>
            <source>Editing episodes</source>
            <translation>Edição de episódios</translation>
        </message>
        <message>
            <source>Keys for the scheme “{0}”</source>
            <translation>Teclas do sistema de codificação "{0}"</translation>
        </message>
        <message>
            <source>A &lt;b&gt;state&lt;/b&gt; key starts that state and ends the one running in its layer at the same frame; pressing the running state's key again ends it. A &lt;b&gt;point&lt;/b&gt; key marks an instant. Keys code the frame on screen, wherever the focus is (except in a text field); Shift is never needed.</source>
            <translation>Uma tecla de &lt;b&gt;estado&lt;/b&gt; inicia esse estado e encerra o que está em andamento na sua camada no mesmo quadro; pressionar de novo a tecla do estado em andamento o encerra. Uma tecla de &lt;b&gt;ponto&lt;/b&gt; marca um instante. As teclas codificam o quadro na tela, onde quer que esteja o foco (exceto em um campo de texto); Shift nunca é necessário.</translation>
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
            <translation>pontos</translation>
        </message>
        <message>
            <source>then choose {0}</source>
            <translation>depois escolha {0}</translation>
        </message>
        <message>
            <source>asks for a note (Enter keeps it, Escape leaves it out)</source>
            <translation>pede uma nota (Enter a mantém, Escape a omite)</translation>
        </message>
        <message>
            <source>Player and window keys</source>
            <translation>Teclas do player e da janela</translation>
        </message>
        <message>
            <source>Does</source>
            <translation>Ação</translation>
        </message>
    </context>
    <context>
        <name>ids</name>
        <message>
            <source>the {0} {1} holds {2}: IDs name rows in every report and files on disk; type it again without control or text-direction characters</source>
            <translation>o {0} {1} contém {2}: os IDs nomeiam linhas em todos os relatórios e arquivos no disco; digite-o novamente sem caracteres de controle ou de direção de texto</translation>
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
            <translation>E&amp;xportar para outras ferramentas</translation>
        </message>
        <message>
            <source>Play / pause</source>
            <translation>Reproduzir / pausar</translation>
        </message>
        <message>
            <source>Next frame</source>
            <translation>Próximo quadro</translation>
        </message>
        <message>
            <source>Previous frame</source>
            <translation>Quadro anterior</translation>
        </message>
        <message>
            <source>Forward 1 s</source>
            <translation>Avançar 1 s</translation>
        </message>
        <message>
            <source>Back 1 s</source>
            <translation>Voltar 1 s</translation>
        </message>
        <message>
            <source>Forward 5 s</source>
            <translation>Avançar 5 s</translation>
        </message>
        <message>
            <source>Back 5 s</source>
            <translation>Voltar 5 s</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Mais rápido</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>Mais lento</translation>
        </message>
        <message>
            <source>Normal speed (1×)</source>
            <translation>Velocidade normal (1×)</translation>
        </message>
        <message>
            <source>Keep playing while typing a note</source>
            <translation>Continuar reproduzindo enquanto digita uma nota</translation>
        </message>
        <message>
            <source>Timeline follows the playhead</source>
            <translation>A linha do tempo acompanha o cursor de reprodução</translation>
        </message>
        <message>
            <source>Delete the selected episode</source>
            <translation>Excluir o episódio selecionado</translation>
        </message>
        <message>
            <source>&amp;Delete episode</source>
            <translation>&amp;Excluir episódio</translation>
        </message>
        <message>
            <source>Close a prompt</source>
            <translation>Fechar um aviso</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nova sessão…</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Nova sessão…</translation>
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
            <translation>Abrir recente</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir re&amp;cente</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Salvar como…</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Salvar c&amp;omo…</translation>
        </message>
        <message>
            <source>Locate video…</source>
            <translation>Localizar vídeo…</translation>
        </message>
        <message>
            <source>&amp;Locate video…</source>
            <translation>&amp;Localizar vídeo…</translation>
        </message>
        <message>
            <source>Locate camera 2 video…</source>
            <translation>Localizar vídeo da câmera 2…</translation>
        </message>
        <message>
            <source>Locate camera &amp;2 video…</source>
            <translation>Localizar vídeo da câmera &amp;2…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Refazer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>Export workbook…</source>
            <translation>Exportar pasta de trabalho…</translation>
        </message>
        <message>
            <source>&amp;Export workbook…</source>
            <translation>&amp;Exportar pasta de trabalho…</translation>
        </message>
        <message>
            <source>Batch export…</source>
            <translation>Exportação em lote…</translation>
        </message>
        <message>
            <source>&amp;Batch export…</source>
            <translation>Exportação em lo&amp;te…</translation>
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
            <translation>Abrir uma codificação do ELAN, BORIS, Datavyu ou Praat como nova sessão</translation>
        </message>
        <message>
            <source>ELAN (.eaf)…</source>
            <translation>ELAN (.eaf)…</translation>
        </message>
        <message>
            <source>Write this session as ELAN annotation file</source>
            <translation>Gravar esta sessão como arquivo de anotação do ELAN</translation>
        </message>
        <message>
            <source>BORIS (.boris)…</source>
            <translation>BORIS (.boris)…</translation>
        </message>
        <message>
            <source>Write this session as a BORIS project (ethogram from the scheme, one observation)</source>
            <translation>Gravar esta sessão como projeto do BORIS (etograma a partir do sistema de codificação, uma observação)</translation>
        </message>
        <message>
            <source>Datavyu (.opf)…</source>
            <translation>Datavyu (.opf)…</translation>
        </message>
        <message>
            <source>Write this session as a Datavyu project (one column per layer)</source>
            <translation>Gravar esta sessão como projeto do Datavyu (uma coluna por camada)</translation>
        </message>
        <message>
            <source>Praat (.TextGrid)…</source>
            <translation>Praat (.TextGrid)…</translation>
        </message>
        <message>
            <source>Write this session as a Praat TextGrid (one tier per layer)</source>
            <translation>Gravar esta sessão como TextGrid do Praat (uma camada do Praat por camada)</translation>
        </message>
        <message>
            <source>SDIS for GSEQ (.sds)…</source>
            <translation>SDIS para GSEQ (.sds)…</translation>
        </message>
        <message>
            <source>Write this session as SDIS timed-event data for GSEQ</source>
            <translation>Gravar esta sessão como dados de eventos temporizados SDIS para o GSEQ</translation>
        </message>
        <message>
            <source>Episodes table (.csv)…</source>
            <translation>Tabela de episódios (.csv)…</translation>
        </message>
        <message>
            <source>Write this session as episodes table (CSV)</source>
            <translation>Gravar esta sessão como tabela de episódios (CSV)</translation>
        </message>
        <message>
            <source>Leave notes out</source>
            <translation>Omitir as notas</translation>
        </message>
        <message>
            <source>Write the exports above without the coders' notes</source>
            <translation>Gravar as exportações acima sem as notas dos codificadores</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>Comparar com…</translation>
        </message>
        <message>
            <source>&amp;Compare with…</source>
            <translation>Com&amp;parar com…</translation>
        </message>
        <message>
            <source>Load another coding of this session (e.g. a second observer's) and see where the two agree</source>
            <translation>Carregar outra codificação desta sessão (p. ex., a de um segundo observador) e ver onde as duas concordam</translation>
        </message>
        <message>
            <source>Stop comparing</source>
            <translation>Deixar de comparar</translation>
        </message>
        <message>
            <source>S&amp;top comparing</source>
            <translation>&amp;Deixar de comparar</translation>
        </message>
        <message>
            <source>New study…</source>
            <translation>Novo estudo…</translation>
        </message>
        <message>
            <source>New stud&amp;y…</source>
            <translation>No&amp;vo estudo…</translation>
        </message>
        <message>
            <source>Open study…</source>
            <translation>Abrir estudo…</translation>
        </message>
        <message>
            <source>Open s&amp;tudy…</source>
            <translation>Abrir est&amp;udo…</translation>
        </message>
        <message>
            <source>Keyboard help</source>
            <translation>Ajuda do teclado</translation>
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
            <translation>O idioma da janela, do sistema de codificação padrão e da pasta de trabalho</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Sai&amp;r</translation>
        </message>
        <message>
            <source>Coding scheme…</source>
            <translation>Sistema de codificação…</translation>
        </message>
        <message>
            <source>Coding &amp;scheme…</source>
            <translation>&amp;Sistema de codificação…</translation>
        </message>
        <message>
            <source>Layers, codes, keys, colours and rating items</source>
            <translation>Camadas, códigos, teclas, cores e itens de avaliação</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Detalhes…</translation>
        </message>
        <message>
            <source>&amp;Details…</source>
            <translation>&amp;Detalhes…</translation>
        </message>
        <message>
            <source>Dyad and coder IDs, date, infant age, caregiver, notes</source>
            <translation>IDs da díade e do codificador/a, data, idade do bebê, cuidador, notas</translation>
        </message>
        <message>
            <source>Ratings…</source>
            <translation>Avaliações…</translation>
        </message>
        <message>
            <source>&amp;Ratings…</source>
            <translation>&amp;Avaliações…</translation>
        </message>
        <message>
            <source>Start / pause the clock</source>
            <translation>Iniciar / pausar o relógio</translation>
        </message>
        <message>
            <source>Stop the clock</source>
            <translation>Parar o relógio</translation>
        </message>
        <message>
            <source>Mark coding complete</source>
            <translation>Marcar a codificação como concluída</translation>
        </message>
        <message>
            <source>Reopen for editing</source>
            <translation>Reabrir para edição</translation>
        </message>
        <message>
            <source>Open the sample session</source>
            <translation>Abrir a sessão de exemplo</translation>
        </message>
        <message>
            <source>Open the &amp;sample session</source>
            <translation>Abrir a sessão de &amp;exemplo</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>Follow the system</source>
            <translation>Seguir o sistema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of the window, the default scheme and the workbook:</source>
            <translation>O idioma da janela, do sistema de codificação padrão e da pasta de trabalho:</translation>
        </message>
        <message>
            <source>the system's language</source>
            <translation>o idioma do sistema</translation>
        </message>
        <message>
            <source>attachcoder speaks {0} from its next start.</source>
            <translation>O attachcoder usará {0} a partir da próxima inicialização.</translation>
        </message>
    </context>
    <context>
        <name>load_watch</name>
        <message>
            <source>it is not a video that can be read (damaged, cut short, or not a video file)</source>
            <extracomment>the reasons, in English (marked; shown through :func:`said` in the window's language)</extracomment>
            <translation>não é um vídeo legível (danificado, truncado ou não é um arquivo de vídeo)</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes)</source>
            <translation>o arquivo está vazio (0 bytes)</translation>
        </message>
        <message>
            <source>it has no video stream (sound only)</source>
            <translation>não tem faixa de vídeo (só som)</translation>
        </message>
        <message>
            <source>no picture could be decoded from it (the file is probably cut short or damaged)</source>
            <translation>não foi possível decodificar nenhuma imagem (o arquivo provavelmente está truncado ou danificado)</translation>
        </message>
        <message>
            <source>it could not be read in time</source>
            <translation>não pôde ser lido a tempo</translation>
        </message>
        <message>
            <source>it cannot be read ({0})</source>
            <translation>não pode ser lido ({0})</translation>
        </message>
    </context>
    <context>
        <name>measures</name>
        <message>
            <source>Length of the phase (or of the whole session for phase 'all').</source>
            <translation>Duração da fase (ou da sessão inteira para a fase 'all').</translation>
        </message>
        <message>
            <source>Number of segments added up: phase episodes, or stretches outside every phase. Without phases the whole session is one segment.</source>
            <translation>Número de segmentos somados: episódios de fase, ou trechos fora de qualquer fase. Sem fases, a sessão inteira é um segmento.</translation>
        </message>
        <message>
            <source>Episodes in the session file (all layers; phase 'all' only).</source>
            <translation>Episódios no arquivo de sessão (todas as camadas; somente fase 'all').</translation>
        </message>
        <message>
            <source>Episodes that cross a segment boundary; each is clipped and counted once in every segment it touches.</source>
            <translation>Episódios que cruzam um limite de segmento; cada um é recortado e contado uma vez em cada segmento que toca.</translation>
        </message>
        <message>
            <source>How far the coding was observed (metadata.observed_to_ms, or the last coded instant when later): every figure covers 0 to here. Empty when the file does not say (older files, imports): then the whole media is covered.</source>
            <translation>Até onde a codificação foi observada (metadata.observed_to_ms, ou o último instante codificado, se posterior): todos os números cobrem de 0 até aqui. Vazio quando o arquivo não informa (arquivos antigos, importações): então a mídia inteira é coberta.</translation>
        </message>
        <message>
            <source>Length of the media (of the live session's clock without media).</source>
            <translation>Duração da mídia (do relógio da sessão ao vivo, sem mídia).</translation>
        </message>
        <message>
            <source>observed_to / media_duration.</source>
            <translation>observed_to / media_duration.</translation>
        </message>
        <message>
            <source>States still running in the file, ended where the coding was observed to for these figures.</source>
            <translation>Estados ainda em andamento no arquivo, encerrados onde a codificação foi observada até, para estes números.</translation>
        </message>
        <message>
            <source>States still running in a file that does not say how far it was observed: left out of every figure (never taken to run to the end of the media).</source>
            <translation>Estados ainda em andamento em um arquivo que não informa até onde foi observado: excluídos de todos os números (nunca se supõe que vão até o fim da mídia).</translation>
        </message>
        <message>
            <source>Time the layer's episodes cover (uncodable time included).</source>
            <translation>Tempo coberto pelos episódios da camada (incluído o tempo não codificável).</translation>
        </message>
        <message>
            <source>Time of the phase not covered by any episode of the layer.</source>
            <translation>Tempo da fase não coberto por nenhum episódio da camada.</translation>
        </message>
        <message>
            <source>Covered time / duration.</source>
            <translation>Tempo coberto / duração.</translation>
        </message>
        <message>
            <source>Uncoded gaps longer than 1 s (for 'all', found on the whole session's timeline; for a phase, the parts inside its segments).</source>
            <translation>Intervalos não codificados maiores que 1 s (para 'all', procurados na linha do tempo da sessão inteira; para uma fase, as partes dentro dos seus segmentos).</translation>
        </message>
        <message>
            <source>Total length of those gaps.</source>
            <translation>Duração total desses intervalos.</translation>
        </message>
        <message>
            <source>T: covered time minus time in codes with role 'excluded'. The denominator of every proportion and rate of the layer.</source>
            <translation>T: tempo coberto menos o tempo em códigos com o papel 'excluded'. O denominador de todas as proporções e taxas da camada.</translation>
        </message>
        <message>
            <source>Time in codes with role 'excluded'.</source>
            <translation>Tempo em códigos com o papel 'excluded'.</translation>
        </message>
        <message>
            <source>Number of episodes of the code (a point's count for point layers).</source>
            <translation>Número de episódios do código (a contagem de pontos nas camadas de pontos).</translation>
        </message>
        <message>
            <source>D: summed duration of the code's episodes.</source>
            <translation>D: soma das durações dos episódios do código.</translation>
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
            <translation>Mediana da duração dos episódios.</translation>
        </message>
        <message>
            <source>count / (T / 60 s). For point codes T is the interaction layer's codable time (the phase's duration when there is no interaction layer).</source>
            <translation>count / (T / 60 s). Para códigos de ponto, T é o tempo codificável da camada de interação (a duração da fase quando não há camada de interação).</translation>
        </message>
        <message>
            <source>Time in codes with role 'attuned' / T of the interaction layer.</source>
            <translation>Tempo em códigos com o papel 'attuned' / T da camada de interação.</translation>
        </message>
        <message>
            <source>Time in codes with role 'misattuned' / T.</source>
            <translation>Tempo em códigos com o papel 'misattuned' / T.</translation>
        </message>
        <message>
            <source>Time in codes with role 'repair' / T.</source>
            <translation>Tempo em códigos com o papel 'repair' / T.</translation>
        </message>
        <message>
            <source>Episodes with role 'misattuned'.</source>
            <translation>Episódios com o papel 'misattuned'.</translation>
        </message>
        <message>
            <source>Ruptures followed, inside their segment and skipping 'excluded' episodes and gaps, by an 'attuned' episode before any other 'misattuned' one.</source>
            <translation>Rupturas seguidas, dentro do seu segmento e pulando episódios 'excluded' e intervalos não codificados, por um episódio 'attuned' antes de qualquer outro 'misattuned'.</translation>
        </message>
        <message>
            <source>Ruptures followed first by another 'misattuned' one.</source>
            <translation>Rupturas seguidas primeiro por outra 'misattuned'.</translation>
        </message>
        <message>
            <source>Ruptures whose segment ends first (censored).</source>
            <translation>Rupturas cujo segmento termina antes (censuradas).</translation>
        </message>
        <message>
            <source>repaired / (ruptures − unresolved).</source>
            <translation>reparadas / (rupturas − não resolvidas).</translation>
        </message>
        <message>
            <source>Mean of (onset of the repairing 'attuned' episode − onset of the rupture), clock time: skipped excluded and uncoded time counts.</source>
            <translation>Média de (início do episódio 'attuned' que repara − início da ruptura), em tempo de relógio: o tempo excluído e não codificado pulado também conta.</translation>
        </message>
        <message>
            <source>Median time to repair.</source>
            <translation>Mediana do tempo até a reparação.</translation>
        </message>
        <message>
            <source>Number of repaired ruptures the time to repair is over.</source>
            <translation>Número de rupturas reparadas sobre as quais o tempo até a reparação é calculado.</translation>
        </message>
        <message>
            <source>Episodes with role 'repair'.</source>
            <translation>Episódios com o papel 'repair'.</translation>
        </message>
        <message>
            <source>Repair attempts whose next codable episode in the segment is 'attuned'.</source>
            <translation>Tentativas de reparação cujo próximo episódio codificável no segmento é 'attuned'.</translation>
        </message>
        <message>
            <source>Repair attempts cut off by the end of their segment (no codable episode follows in it): censored, like unresolved ruptures.</source>
            <translation>Tentativas de reparação interrompidas pelo fim do seu segmento (nenhum episódio codificável as segue nele): censuradas, como as rupturas não resolvidas.</translation>
        </message>
        <message>
            <source>successful / (repair attempts − unresolved attempts).</source>
            <translation>bem-sucedidas / (tentativas de reparação − tentativas não resolvidas).</translation>
        </message>
        <message>
            <source>Repair attempts by modifier value, e.g. repair_attempts_initiator_caregiver; '_not_coded' when the modifier was left empty.</source>
            <translation>Tentativas de reparação por valor do modificador, p. ex., repair_attempts_initiator_caregiver; '_not_coded' quando o modificador foi deixado vazio.</translation>
        </message>
        <message>
            <source>n_ij: lag-1 transitions from code i to code j between consecutive codable episodes of the interaction layer inside a segment; an 'excluded' episode or an uncoded gap breaks the chain.</source>
            <translation>n_ij: transições de defasagem 1 (lag-1) do código i para o código j entre episódios codificáveis consecutivos da camada de interação dentro de um segmento; um episódio 'excluded' ou um intervalo não codificado interrompe a cadeia.</translation>
        </message>
        <message>
            <source>p(j | i) = n_ij / n_i+.</source>
            <translation>p(j | i) = n_ij / n_i+.</translation>
        </message>
        <message>
            <source>Yule's Q for i → j: a = n_ij, b = n_i+ − a, c = n_+j − a, d = N − a − b − c; Q = (ad − bc) / (ad + bc). On the diagonal (i → i) Q is near −1 by construction: a state is normally followed by another code, so read it as no effect.</source>
            <translation>Q de Yule para i → j: a = n_ij, b = n_i+ − a, c = n_+j − a, d = N − a − b − c; Q = (ad − bc) / (ad + bc). Na diagonal (i → i), Q fica perto de −1 por construção: um estado normalmente é seguido por outro código, então não o leia como um efeito.</translation>
        </message>
        <message>
            <source>m(still-face) − m(play) for a headline measure m; needs all three phases coded. The phases are the phase codes with roles play, still-face and reunion (never the codes' order); without those roles it is empty, with a note.</source>
            <translation>m(still-face) − m(play) para uma medida principal m; exige que as três fases estejam codificadas. As fases são os códigos de fase com os papéis play, still-face e reunion (nunca a ordem dos códigos); sem esses papéis fica vazio, com uma nota.</translation>
        </message>
        <message>
            <source>m(reunion) − m(play) for a headline measure.</source>
            <translation>m(reunion) − m(play) para uma medida principal.</translation>
        </message>
        <message>
            <source>The session's global rating for the item named in 'code'.</source>
            <translation>A avaliação global da sessão para o item indicado em 'code'.</translation>
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sessão</translation>
        </message>
        <message>
            <source>&amp;Playback</source>
            <translation>&amp;Reprodução</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
    </context>
    <context>
        <name>observed</name>
        <message>
            <source>{0} in layer {1}, started at {2}</source>
            <extracomment>the end of the span every figure covers (the observed end, or the media's end) the end of the media (the span a fully observed coding covers) as the file says (None: not recorded — an older file or an import) states still running, ended at ``end_ms`` for the figures: (layer, episode) states still running in a file that does not say how far it was observed: left out</extracomment>
            <translation>{0} na camada {1}, iniciado em {2}</translation>
        </message>
        <message>
            <source>{0}, is still running and the file does not say how far the coding was observed (no observed_to_ms: an older file or an import); it is left out of every figure. Open the session in attachcoder and end it where it ends.</source>
            <translation>{0}, ainda está em andamento e o arquivo não informa até onde a codificação foi observada (sem observed_to_ms: um arquivo antigo ou uma importação); fica fora de todos os números. Abra a sessão no attachcoder e encerre-o onde ele termina.</translation>
        </message>
        <message>
            <source>the figures end it at {0}, as far as this coding was observed</source>
            <translation>os números o encerram em {0}, até onde esta codificação foi observada</translation>
        </message>
        <message>
            <source>no figure counts it until the coding says how far it was observed</source>
            <translation>nenhum número o conta até que a codificação informe até onde foi observada</translation>
        </message>
        <message>
            <source>Still running: {0} — {1}. End it with its key, or Session → Mark coding complete when the coding is done.</source>
            <translation>Ainda em andamento: {0} — {1}. Encerre-o com sua tecla, ou use Sessão → Marcar a codificação como concluída quando a codificação estiver pronta.</translation>
        </message>
    </context>
    <context>
        <name>prompts</name>
        <message>
            <source>Videos</source>
            <translation>Vídeos</translation>
        </message>
        <message>
            <source>attachcoder sessions</source>
            <translation>Sessões do attachcoder</translation>
        </message>
        <message>
            <source>{0} has changes that are not saved.

Save them before closing?</source>
            <translation>{0} tem alterações não salvas.

Salvá-las antes de fechar?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Alterações não salvas</translation>
        </message>
        <message>
            <source>These states are still running:
{0}

A complete coding has nothing running. Where do they end?</source>
            <translation>Estes estados ainda estão em andamento:
{0}

Uma codificação completa não tem nada em andamento. Onde eles terminam?</translation>
        </message>
        <message>
            <source>At the end of the video ({0})</source>
            <translation>No fim do vídeo ({0})</translation>
        </message>
        <message>
            <source>At the end of the session ({0})</source>
            <translation>No fim da sessão ({0})</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>At the frame on screen ({0})</source>
            <translation>No quadro na tela ({0})</translation>
        </message>
        <message>
            <source>At the clock's time ({0})</source>
            <translation>No horário do relógio ({0})</translation>
        </message>
        <message>
            <source>States still running</source>
            <translation>Estados ainda em andamento</translation>
        </message>
        <message>
            <source>{0} is open in {1}.

If both copies change it, each overwrites the other's saves and crash journal, and coding is lost. Close it there first, or open it here only if that copy is no longer in use.</source>
            <translation>{0} está aberto em {1}.

Se as duas cópias o alterarem, cada uma sobrescreve o que a outra salva e o seu diário de recuperação, e codificação é perdida. Feche-o lá primeiro, ou abra-o aqui somente se aquela cópia não estiver mais em uso.</translation>
        </message>
        <message>
            <source>Session open elsewhere</source>
            <translation>Sessão aberta em outro lugar</translation>
        </message>
        <message>
            <source>Open anyway</source>
            <translation>Abrir mesmo assim</translation>
        </message>
        <message>
            <source>Changed on disk</source>
            <translation>Alterado no disco</translation>
        </message>
        <message>
            <source>{0} was changed on disk since this window opened or saved it — by another window, another computer (through a sync client) or a program.

Overwrite it with this window's coding, save this coding under another name, or reload the file from disk (this window's unsaved changes are then dropped)?</source>
            <translation>{0} foi alterado no disco desde que esta janela o abriu ou salvou — por outra janela, outro computador (por meio de um cliente de sincronização) ou um programa.

Sobrescrevê-lo com a codificação desta janela, salvar esta codificação com outro nome ou recarregar o arquivo do disco (as alterações não salvas desta janela são então descartadas)?</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Sobrescrever</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Salvar como…</translation>
        </message>
        <message>
            <source>Reload from disk</source>
            <translation>Recarregar do disco</translation>
        </message>
        <message>
            <source>Recover unsaved coding?</source>
            <translation>Recuperar a codificação não salva?</translation>
        </message>
        <message>
            <source>{0} was not closed properly {1}, and it has coding that was never saved.

Recover it? (Recovered coding is marked as unsaved until you save it.)</source>
            <translation>{0} não foi fechado corretamente {1} e tem codificação que nunca foi salva.

Recuperá-la? (A codificação recuperada fica marcada como não salva até que você a salve.)</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <source>Discard the unsaved coding</source>
            <translation>Descartar a codificação não salva</translation>
        </message>
        <message>
            <source>Video not found</source>
            <translation>Vídeo não encontrado</translation>
        </message>
        <message>
            <source>The session's video is not where it was:
{0}

Locate it? You can keep coding in the table meanwhile, and locate it later from the File menu.</source>
            <translation>O vídeo da sessão não está mais onde estava:
{0}

Localizá-lo? Enquanto isso, você pode continuar codificando na tabela e localizá-lo depois pelo menu Arquivo.</translation>
        </message>
        <message>
            <source>Locate…</source>
            <translation>Localizar…</translation>
        </message>
        <message>
            <source>Continue without video</source>
            <translation>Continuar sem vídeo</translation>
        </message>
        <message>
            <source>Not the same video</source>
            <translation>Não é o mesmo vídeo</translation>
        </message>
        <message>
            <source>{0} is not the video this session was coded on (its content differs).

Use it anyway? Times would then refer to a different recording.</source>
            <translation>{0} não é o vídeo em que esta sessão foi codificada (o conteúdo é diferente).

Usá-lo mesmo assim? Os tempos passariam a se referir a outra gravação.</translation>
        </message>
        <message>
            <source>Choose another…</source>
            <translation>Escolher outro…</translation>
        </message>
        <message>
            <source>Use it anyway</source>
            <translation>Usar mesmo assim</translation>
        </message>
        <message>
            <source>Locate the video</source>
            <translation>Localizar o vídeo</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Abrir uma sessão</translation>
        </message>
        <message>
            <source>Save the session as</source>
            <translation>Salvar a sessão como</translation>
        </message>
    </context>
    <context>
        <name>read_only</name>
        <message>
            <source>This coding is marked complete, so it is read-only. Choose Session → Reopen for editing to change it.</source>
            <translation>Esta codificação está marcada como concluída, por isso é somente leitura. Escolha Sessão → Reabrir para edição para alterá-la.</translation>
        </message>
    </context>
    <context>
        <name>scheme_editor</name>
        <message>
            <source>Schemes</source>
            <translation>Sistemas de codificação</translation>
        </message>
        <message>
            <source>Edit the coding scheme</source>
            <translation>Editar o sistema de codificação</translation>
        </message>
        <message>
            <source>The scheme does not fit this session</source>
            <translation>O sistema de codificação não é compatível com esta sessão</translation>
        </message>
    </context>
    <context>
        <name>scheme_forms</name>
        <message>
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
        <message>
            <source>interaction</source>
            <extracomment>the roles as the scheme files write them, marked for translation where the forms show them</extracomment>
            <translation>interação</translation>
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
            <translation>dessintonizado</translation>
        </message>
        <message>
            <source>repair</source>
            <translation>reparação</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>excluído</translation>
        </message>
        <message>
            <source>play</source>
            <translation>brincadeira</translation>
        </message>
        <message>
            <source>still-face</source>
            <translation>rosto imóvel</translation>
        </message>
        <message>
            <source>reunion</source>
            <translation>reencontro</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>{0} is still running in layer {1}; {2} cannot start after it (end {3} first)</source>
            <extracomment>The session fields a FieldChange may replace. Makes a change on a scratch copy of the session and returns the copy (raising KeyError, ValueError or IndexError when the change does not fit).</extracomment>
            <translation>{0} ainda está em andamento na camada {1}; {2} não pode começar depois dele (encerre {3} primeiro)</translation>
        </message>
        <message>
            <source>{0} cannot run on while {1} follows at {2} in layer {3}</source>
            <translation>{0} não pode continuar enquanto {1} o segue em {2} na camada {3}</translation>
        </message>
        <message>
            <source>{0} would overlap {1} in layer {2}</source>
            <translation>{0} se sobreporia a {1} na camada {2}</translation>
        </message>
        <message>
            <source>offset {0} is not after onset {1}</source>
            <translation>o fim {0} não é posterior ao início {1}</translation>
        </message>
        <message>
            <source>{0} is past the end of the media ({1})</source>
            <translation>{0} está além do fim da mídia ({1})</translation>
        </message>
        <message>
            <source>{0} is not a value of modifier {1} (one of {2})</source>
            <translation>{0} não é um valor do modificador {1} (um de {2})</translation>
        </message>
        <message>
            <source>{0} at {1}</source>
            <translation>{0} em {1}</translation>
        </message>
        <message>
            <source>{0}; and {1} more problem(s)</source>
            <translation>{0}; e mais {1} problema(s)</translation>
        </message>
    </context>
    <context>
        <name>steps</name>
        <message>
            <source>Move onset of {0} to {1}</source>
            <translation>Mover o início de {0} para {1}</translation>
        </message>
        <message>
            <source>Move onset of {0} to {1} (and offset of {2})</source>
            <translation>Mover o início de {0} para {1} (e o fim de {2})</translation>
        </message>
        <message>
            <source>Move offset of {0} to {1}</source>
            <translation>Mover o fim de {0} para {1}</translation>
        </message>
        <message>
            <source>Move offset of {0} to {1} (and onset of {2})</source>
            <translation>Mover o fim de {0} para {1} (e o início de {2})</translation>
        </message>
    </context>
    <context>
        <name>study</name>
        <message>
            <source>(choose who you are)</source>
            <extracomment>``open_session(path, read_only)``: the host opens the coder's session file ``compare(path_a, path_b)``: the host opens ``path_a`` and compares it with ``path_b``</extracomment>
            <translation>(escolha quem você é)</translation>
        </message>
        <message>
            <source>Dyad</source>
            <translation>Díade</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Primary status</source>
            <translation>Status (principal)</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Confiabilidade</translation>
        </message>
        <message>
            <source>Reliability status</source>
            <translation>Status (confiabilidade)</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vídeo</translation>
        </message>
        <message>
            <source>missing</source>
            <extracomment>status → background (Okabe–Ito, light): the colour says it at a glance, the text says it</extracomment>
            <translation>ausente</translation>
        </message>
        <message>
            <source>All videos</source>
            <extracomment>the filters (their English names are the modes; the box shows them translated)</extracomment>
            <translation>Todos os vídeos</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Meus</translation>
        </message>
        <message>
            <source>Reliability sample</source>
            <translation>Amostra de confiabilidade</translation>
        </message>
        <message>
            <source>not started</source>
            <extracomment>the statuses as the study files write them, marked for translation where they are shown</extracomment>
            <translation>não iniciada</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>em andamento</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>concluída</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>ilegível</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflito</translation>
        </message>
        <message>
            <source>conflict: a second copy ({0})</source>
            <translation>conflito: uma segunda cópia ({0})</translation>
        </message>
        <message>
            <source>conflict: {0} more copies ({1})</source>
            <translation>conflito: mais {0} cópias ({1})</translation>
        </message>
        <message>
            <source>{0} is missing</source>
            <translation>{0} está ausente</translation>
        </message>
        <message>
            <source>Add videos</source>
            <translation>Adicionar vídeos</translation>
        </message>
        <message>
            <source>Add video files, or a folder?</source>
            <translation>Adicionar arquivos de vídeo ou uma pasta?</translation>
        </message>
        <message>
            <source>Files…</source>
            <translation>Arquivos…</translation>
        </message>
        <message>
            <source>A folder…</source>
            <translation>Uma pasta…</translation>
        </message>
        <message>
            <source>Add every video in a folder</source>
            <translation>Adicionar todos os vídeos de uma pasta</translation>
        </message>
        <message>
            <source>Export the study</source>
            <translation>Exportar o estudo</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Adding videos…</source>
            <translation>Adicionando vídeos…</translation>
        </message>
        <message>
            <source>Reading {0} ({1} of {2})…</source>
            <translation>Lendo {0} ({1} de {2})…</translation>
        </message>
        <message>
            <source>Saving the study…</source>
            <translation>Salvando o estudo…</translation>
        </message>
        <message>
            <source>The videos were not added</source>
            <translation>Os vídeos não foram adicionados</translation>
        </message>
        <message>
            <source>{0} video(s) added.</source>
            <translation>{0} vídeo(s) adicionado(s).</translation>
        </message>
        <message>
            <source>Every video has been considered by a draw already.</source>
            <translation>Todos os vídeos já foram considerados em um sorteio.</translation>
        </message>
        <message>
            <source>Draw the reliability sample</source>
            <translation>Sortear a amostra de confiabilidade</translation>
        </message>
        <message>
            <source>Draw among the {0} video(s) not yet considered, with seed {1}, so that at least {2} of all videos are double-coded?

Earlier picks never change.</source>
            <translation>Sortear entre os {0} vídeo(s) ainda não considerados, com a semente {1}, de modo que pelo menos {2} de todos os vídeos tenham dupla codificação?

Escolhas anteriores nunca mudam.</translation>
        </message>
        <message>
            <source>The sample was not drawn</source>
            <translation>A amostra não foi sorteada</translation>
        </message>
        <message>
            <source>Exporting the complete primary codings…</source>
            <translation>Exportando as codificações principais concluídas…</translation>
        </message>
        <message>
            <source>The study was not exported</source>
            <translation>O estudo não foi exportado</translation>
        </message>
        <message>
            <source>Nothing exported</source>
            <translation>Nada exportado</translation>
        </message>
        <message>
            <source>No primary coding is complete yet.</source>
            <translation>Nenhuma codificação principal está concluída ainda.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>{0} complete primary coding(s) and {1} reliability pair(s) written to {2}.</source>
            <translation>{0} codificação(ões) principal(is) concluída(s) e {1} par(es) de confiabilidade gravados em {2}.</translation>
        </message>
        <message>
            <source>Open study (its folder)</source>
            <translation>Abrir estudo (sua pasta)</translation>
        </message>
        <message>
            <source>Not a study</source>
            <translation>Não é um estudo</translation>
        </message>
        <message>
            <source>{0} has no {1}.</source>
            <translation>{0} não tem {1}.</translation>
        </message>
        <message>
            <source>{0} and {1} more</source>
            <translation>{0} e mais {1}</translation>
        </message>
        <message>
            <source>Choose who you are (You are: …) to see your codings.</source>
            <translation>Escolha quem você é (Você é: …) para ver suas codificações.</translation>
        </message>
        <message>
            <source>{0} has no coding assigned yet.</source>
            <translation>{0} ainda não tem nenhuma codificação atribuída.</translation>
        </message>
        <message>
            <source>Resolve the conflict of {0}: double-click it to compare the two copies and keep one.</source>
            <translation>Resolva o conflito de {0}: clique duas vezes para comparar as duas cópias e manter uma.</translation>
        </message>
        <message>
            <source>Go on with {0} (double-click); when a coding is done, Session → Mark coding complete.</source>
            <translation>Continue com {0} (clique duas vezes); quando uma codificação estiver pronta, Sessão → Marcar a codificação como concluída.</translation>
        </message>
        <message>
            <source>Open your next coding: {0} (double-click it).</source>
            <translation>Abra sua próxima codificação: {0} (clique duas vezes nela).</translation>
        </message>
        <message>
            <source>All {0} of your codings are complete.</source>
            <translation>Todas as suas {0} codificações estão concluídas.</translation>
        </message>
        <message>
            <source>Add the study's videos (Add videos…).</source>
            <translation>Adicione os vídeos do estudo (Adicionar vídeos…).</translation>
        </message>
        <message>
            <source>Draw the reliability sample (Draw reliability sample…): {0} video(s) not yet considered.</source>
            <translation>Sorteie a amostra de confiabilidade (Sortear amostra de confiabilidade…): {0} vídeo(s) ainda não considerado(s).</translation>
        </message>
        <message>
            <source>{0} coding(s) in conflict: they are in no export until resolved.</source>
            <translation>{0} codificação(ões) em conflito: elas não entram em nenhuma exportação até serem resolvidas.</translation>
        </message>
        <message>
            <source>Every primary coding is complete: Agreement… ({0} pair(s)), then Export….</source>
            <translation>Todas as codificações principais estão concluídas: Concordância… ({0} par(es)), depois Exportar….</translation>
        </message>
        <message>
            <source>{0} of {1} primary codings complete; {2} double-coded pair(s) can be compared now (Agreement…).</source>
            <translation>{0} de {1} codificações principais concluídas; {2} par(es) com dupla codificação já podem ser comparados (Concordância…).</translation>
        </message>
        <message>
            <source>{0} of {1} primary codings complete; agreement needs a double-coded video whose two codings are complete.</source>
            <translation>{0} de {1} codificações principais concluídas; a concordância requer um vídeo com dupla codificação cujas duas codificações estejam concluídas.</translation>
        </message>
    </context>
    <context>
        <name>unsaved_imports</name>
        <message>
            <source>The session imported from {0}</source>
            <translation>A sessão importada de {0}</translation>
        </message>
        <message>
            <source>(last change {0})</source>
            <translation>(última alteração {0})</translation>
        </message>
        <message>
            <source>Cannot recover the session</source>
            <translation>Não é possível recuperar a sessão</translation>
        </message>
        <message>
            <source>{0}

The journal was kept as {1}.</source>
            <translation>{0}

O diário foi mantido como {1}.</translation>
        </message>
        <message>
            <source>Recovered import of {0}</source>
            <translation>Importação recuperada de {0}</translation>
        </message>
        <message>
            <source>Recovered the unsaved session imported from {0}; save it.</source>
            <translation>A sessão não salva importada de {0} foi recuperada; salve-a.</translation>
        </message>
    </context>
    <context>
        <name>workbook</name>
        <message>
            <source>not coded</source>
            <translation>não codificado</translation>
        </message>
        <message>
            <source>Bands after Landis &amp; Koch (1977) describe κ; they are not a verdict. With a tolerance, κ may rise or fall; percent agreement never falls.</source>
            <translation>As faixas segundo Landis e Koch (1977) descrevem κ; não são um veredito. Com uma tolerância, κ pode subir ou cair; a porcentagem de concordância nunca cai.</translation>
        </message>
        <message>
            <source>ICC(2,1): two-way random effects, absolute agreement, single rater (Shrout &amp; Fleiss 1979); 95% CI after McGraw &amp; Wong (1996). Words after Koo &amp; Li (2016): poor below .50, moderate to .75, good to .90, excellent above; a description, not a verdict.</source>
            <translation>ICC(2,1): efeitos aleatórios de duas vias, concordância absoluta, avaliador único (Shrout e Fleiss 1979); IC de 95% segundo McGraw e Wong (1996). Termos segundo Koo e Li (2016): pobre abaixo de 0,50, moderada até 0,75, boa até 0,90, excelente acima; uma descrição, não um veredito.</translation>
        </message>
        <message>
            <source>A pair with κ undefined (nothing to compare, or one category throughout) is left out of the mean, minimum and maximum of its column.</source>
            <translation>Um par com κ indefinido (nada a comparar, ou uma única categoria o tempo todo) é excluído da média, do mínimo e do máximo de sua coluna.</translation>
        </message>
        <message>
            <source>κ (time units)</source>
            <extracomment>Readable headers for the pairs' ``LAYER.figure`` columns.</extracomment>
            <translation>κ (unidades de tempo)</translation>
        </message>
        <message>
            <source>κ (events)</source>
            <translation>κ (eventos)</translation>
        </message>
        <message>
            <source>% agreement (time units)</source>
            <translation>% de concordância (unidades de tempo)</translation>
        </message>
        <message>
            <source>% linked (events)</source>
            <translation>% vinculados (eventos)</translation>
        </message>
        <message>
            <source>time units</source>
            <translation>unidades de tempo</translation>
        </message>
        <message>
            <source>events</source>
            <translation>eventos</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>camada</translation>
        </message>
        <message>
            <source>basis</source>
            <translation>base</translation>
        </message>
        <message>
            <source>95% CI low</source>
            <translation>IC 95% inferior</translation>
        </message>
        <message>
            <source>95% CI high</source>
            <translation>IC 95% superior</translation>
        </message>
        <message>
            <source>band</source>
            <translation>faixa</translation>
        </message>
        <message>
            <source>κ max</source>
            <translation>κ máx.</translation>
        </message>
        <message>
            <source>observed agreement p_o</source>
            <translation>concordância observada p_o</translation>
        </message>
        <message>
            <source>chance agreement p_e</source>
            <translation>concordância ao acaso p_e</translation>
        </message>
        <message>
            <source>% agreement</source>
            <translation>% de concordância</translation>
        </message>
        <message>
            <source>% linked</source>
            <translation>% vinculados</translation>
        </message>
        <message>
            <source>mean |onset difference| (s)</source>
            <translation>média de |diferença de início| (s)</translation>
        </message>
        <message>
            <source>set aside</source>
            <translation>deixado de lado</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>excluído</translation>
        </message>
        <message>
            <source>first coding (A, rows)</source>
            <translation>primeira codificação (A, linhas)</translation>
        </message>
        <message>
            <source>second coding (B, columns)</source>
            <translation>segunda codificação (B, colunas)</translation>
        </message>
        <message>
            <source>duration A (s)</source>
            <translation>duração A (s)</translation>
        </message>
        <message>
            <source>duration B (s)</source>
            <translation>duração B (s)</translation>
        </message>
        <message>
            <source>common span (s)</source>
            <translation>intervalo comum (s)</translation>
        </message>
        <message>
            <source>time unit</source>
            <translation>unidade de tempo</translation>
        </message>
        <message>
            <source>time unit (s)</source>
            <translation>unidade de tempo (s)</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>tolerância</translation>
        </message>
        <message>
            <source>tolerance (units)</source>
            <translation>tolerância (unidades)</translation>
        </message>
        <message>
            <source>time unit rule</source>
            <translation>regra da unidade de tempo</translation>
        </message>
        <message>
            <source>tolerance rule</source>
            <translation>regra da tolerância</translation>
        </message>
        <message>
            <source>event alignment</source>
            <translation>alinhamento de eventos</translation>
        </message>
        <message>
            <source>event alignment, in words</source>
            <translation>alinhamento de eventos, por extenso</translation>
        </message>
        <message>
            <source>onset tolerance (s)</source>
            <translation>tolerância de início (s)</translation>
        </message>
        <message>
            <source>overlap to link states</source>
            <translation>sobreposição para vincular estados</translation>
        </message>
        <message>
            <source>window to link points (s)</source>
            <translation>janela para vincular pontos (s)</translation>
        </message>
        <message>
            <source>excluded rule</source>
            <translation>regra de exclusão</translation>
        </message>
        <message>
            <source>excluded rule, in words</source>
            <translation>regra de exclusão, por extenso</translation>
        </message>
        <message>
            <source>{0} (only A)</source>
            <translation>{0} (só A)</translation>
        </message>
        <message>
            <source>{0} (only B)</source>
            <translation>{0} (só B)</translation>
        </message>
        <message>
            <source>codes left out of {0}</source>
            <translation>códigos excluídos de {0}</translation>
        </message>
        <message>
            <source>{0}: episodes under one unit</source>
            <translation>{0}: episódios mais curtos que uma unidade</translation>
        </message>
        <message>
            <source>layer left out</source>
            <translation>camada excluída</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>aviso</translation>
        </message>
        <message>
            <source>the code at each unit's midpoint; a partial last unit dropped</source>
            <translation>o código no ponto médio de cada unidade; uma última unidade parcial é descartada</translation>
        </message>
        <message>
            <source>symmetric: a unit forgiven by both labels counts half for each</source>
            <translation>simétrica: uma unidade perdoada pelos dois rótulos conta metade para cada um</translation>
        </message>
        <message>
            <source>rating item</source>
            <translation>item de avaliação</translation>
        </message>
        <message>
            <source>Summary</source>
            <extracomment>the sheets, as English names; :func:`sheet_name` gives each in the workbook's language, except the data tables, which keep their English names (scripts read them by name)</extracomment>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>parâmetro</translation>
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
            <translation>sim</translation>
        </message>
        <message>
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source>start</source>
            <translation>início</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fim</translation>
        </message>
        <message>
            <source>start (s)</source>
            <translation>início (s)</translation>
        </message>
        <message>
            <source>end (s)</source>
            <translation>fim (s)</translation>
        </message>
        <message>
            <source>duration (s)</source>
            <translation>duração (s)</translation>
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
            <translation>perdoado pela tolerância</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>Discordâncias</translation>
        </message>
        <message>
            <source>{0}, {1}: rows {2} (A), columns {3} (B)</source>
            <translation>{0}, {1}: linhas {2} (A), colunas {3} (B)</translation>
        </message>
        <message>
            <source>Confusion matrices</source>
            <translation>Matrizes de confusão</translation>
        </message>
        <message>
            <source>dyad ID</source>
            <translation>ID da díade</translation>
        </message>
        <message>
            <source>session date</source>
            <translation>data da sessão</translation>
        </message>
        <message>
            <source>file A</source>
            <translation>arquivo A</translation>
        </message>
        <message>
            <source>file B</source>
            <translation>arquivo B</translation>
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
            <translation>média</translation>
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
            <translation>κ indefinido em: {0}.</translation>
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
            <translation>média A</translation>
        </message>
        <message>
            <source>mean B</source>
            <translation>média B</translation>
        </message>
        <message>
            <source>Unpaired</source>
            <translation>Sem par</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>pasta</translation>
        </message>
        <message>
            <source>file</source>
            <translation>arquivo</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>motivo</translation>
        </message>
        <message>
            <source>GSEQ's (Bakeman, Quera &amp; Gnisci 2009), onset tolerance {0}</source>
            <translation>a do GSEQ (Bakeman, Quera e Gnisci 2009), tolerância de início {0}</translation>
        </message>
        <message>
            <source>by overlap (states at ≥ {0} of the longer one, points within {1})</source>
            <translation>por sobreposição (estados em ≥ {0} do mais longo, pontos a menos de {1})</translation>
        </message>
        <message>
            <source>Settings: time unit {0} (the code at each unit's midpoint), tolerance {1} (symmetric), event alignment {2}, excluded rule {3}.</source>
            <translation>Configurações: unidade de tempo {0} (o código no ponto médio de cada unidade), tolerância {1} (simétrica), alinhamento de eventos {2}, regra de exclusão {3}.</translation>
        </message>
        <message>
            <source>trainee</source>
            <translation>em treinamento</translation>
        </message>
        <message>
            <source>criterion</source>
            <translation>critério</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>aprovado</translation>
        </message>
        <message>
            <source>codes below criterion</source>
            <translation>códigos abaixo do critério</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Pessoas em treinamento</translation>
        </message>
        <message>
            <source>reference: {0}</source>
            <translation>referência: {0}</translation>
        </message>
        <message>
            <source>Settings: time unit {0}, tolerance {1} = {2} unit(s) (symmetric), {3}, excluded rule {4} ({5}).</source>
            <translation>Configurações: unidade de tempo {0}, tolerância {1} = {2} unidade(s) (simétrica), {3}, regra de exclusão {4} ({5}).</translation>
        </message>
        <message>
            <source>n reference</source>
            <translation>n referência</translation>
        </message>
        <message>
            <source>n trainee</source>
            <translation>n em treinamento</translation>
        </message>
        <message>
            <source> and </source>
            <extracomment>A proportion difference is shown as percentage points: the cell holds it × 100, and the column name says so (sessions.csv keeps the raw difference under the plain name). Numeric columns of the Sessions sheet are as wide as their numbers, their long names wrapped over up to this many lines: at the names' width (up to 40 characters) the sheet printed across 20 pages for 20 sessions.</extracomment>
            <translation> e </translation>
        </message>
        <message>
            <source>(export with a CSV folder, e.g. --csv DIR, to get it)</source>
            <translation>(exporte com uma pasta de CSV, p. ex., --csv DIR, para obtê-la)</translation>
        </message>
        <message>
            <source>{0} continue on {1}; the CSV holds the whole table {2}</source>
            <translation>A planilha {0} continua em {1}; o CSV contém a tabela inteira {2}</translation>
        </message>
        <message>
            <source>schemes</source>
            <translation>sistemas de codificação</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>sessões</translation>
        </message>
        <message>
            <source>no problems</source>
            <translation>nenhum problema</translation>
        </message>
        <message>
            <source>(no sessions)</source>
            <translation>(nenhuma sessão)</translation>
        </message>
        <message>
            <source>{0} session(s) exported; problems are listed on the Problems sheet.</source>
            <translation>{0} sessão(ões) exportada(s); os problemas estão listados na planilha Problems.</translation>
        </message>
        <message>
            <source>the Sessions sheet prints each session's headline figures</source>
            <translation>a planilha Sessions imprime os números principais de cada sessão</translation>
        </message>
        <message>
            <source>each session's own workbook prints them as a Timeline score</source>
            <translation>a própria pasta de trabalho de cada sessão os imprime como uma partitura na planilha Linha do tempo</translation>
        </message>
        <message>
            <source>Notes and modifiers</source>
            <translation>Notas e modificadores</translation>
        </message>
        <message>
            <source>Notes and modifiers — what the coder saw</source>
            <translation>Notas e modificadores — o que o codificador/a viu</translation>
        </message>
        <message>
            <source>{0} episode(s) with a note or a modifier</source>
            <translation>{0} episódio(s) com uma nota ou um modificador</translation>
        </message>
        <message>
            <source>; {0} modifier(s) not coded</source>
            <translation>; {0} modificador(es) não codificado(s)</translation>
        </message>
        <message>
            <source>; free-text notes left out (--no-notes).</source>
            <translation>; notas de texto livre omitidas (--no-notes).</translation>
        </message>
        <message>
            <source>No episode has a note or a modifier.</source>
            <translation>Nenhum episódio tem nota ou modificador.</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Fim</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Camada</translation>
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
            <translation>Linha do tempo</translation>
        </message>
        <message>
            <source>Transitions</source>
            <translation>Transições</translation>
        </message>
        <message>
            <source>Codebook</source>
            <translation>Livro de códigos</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Sobre</translation>
        </message>
        <message>
            <source>This workbook identifies the session by its pseudonymous IDs (dyad, coder, date) and its session key, never by a file name; it holds no video and no video or folder path.</source>
            <extracomment>sheets R and SPSS scripts read: their names and column names stay English identifiers</extracomment>
            <translation>Esta pasta de trabalho identifica a sessão pelos seus IDs pseudônimos (díade, codificador/a, data) e pela sua chave de sessão, nunca por um nome de arquivo; ela não contém nenhum vídeo nem caminho de vídeo ou de pasta.</translation>
        </message>
        <message>
            <source>Column names stay English identifiers so R and SPSS scripts keep working: the sheets {0} keep their English names and columns, as do the CSV files; measure names and units below are those identifiers.</source>
            <translation>Os nomes das colunas permanecem identificadores em inglês para que os scripts de R e SPSS continuem funcionando: as planilhas {0} mantêm seus nomes e colunas em inglês, assim como os arquivos CSV; os nomes das medidas e as unidades abaixo são esses identificadores.</translation>
        </message>
        <message>
            <source>About this workbook</source>
            <translation>Sobre esta pasta de trabalho</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Gravado por</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>Gravado em</translation>
        </message>
        <message>
            <source>Coding scheme</source>
            <translation>Sistema de codificação</translation>
        </message>
        <message>
            <source>Free-text notes</source>
            <translation>Notas de texto livre</translation>
        </message>
        <message>
            <source>included</source>
            <translation>incluídas</translation>
        </message>
        <message>
            <source>left out (--no-notes)</source>
            <translation>omitidas (--no-notes)</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacidade</translation>
        </message>
        <message>
            <source>Column names</source>
            <translation>Nomes das colunas</translation>
        </message>
        <message>
            <source>On paper</source>
            <translation>No papel</translation>
        </message>
        <message>
            <source>The measures (docs/metrics.md explains each with a worked example)</source>
            <translation>As medidas (docs/metrics.md explica cada uma com um exemplo resolvido)</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unidade</translation>
        </message>
        <message>
            <source>definition</source>
            <translation>definição</translation>
        </message>
        <message>
            <source>{0}, version {1}</source>
            <translation>{0}, versão {1}</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Confiabilidade</translation>
        </message>
        <message>
            <source>Double-coded videos with both codings complete (not in the analysis tables)</source>
            <translation>Vídeos com dupla codificação e ambas as codificações concluídas (fora das tabelas de análise)</translation>
        </message>
        <message>
            <source>dyad_id</source>
            <translation>ID da díade</translation>
        </message>
        <message>
            <source>session_date</source>
            <translation>data da sessão</translation>
        </message>
        <message>
            <source>primary</source>
            <translation>principal</translation>
        </message>
        <message>
            <source>reliability</source>
            <translation>confiabilidade</translation>
        </message>
        <message>
            <source>completed_at</source>
            <translation>concluída em</translation>
        </message>
        <message>
            <source>{0}: κ time units</source>
            <translation>{0}: κ unidades de tempo</translation>
        </message>
        <message>
            <source>{0}: κ events</source>
            <translation>{0}: κ eventos</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>não comparado</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nenhum ainda</translation>
        </message>
        <message>
            <source>Pooled, per layer (95% CIs: percentile bootstrap over videos)</source>
            <translation>Agrupado, por camada (IC de 95%: bootstrap de percentis sobre os vídeos)</translation>
        </message>
        <message>
            <source>κ undefined</source>
            <translation>κ indefinido</translation>
        </message>
        <message>
            <source>mean κ time units</source>
            <translation>κ médio unidades de tempo</translation>
        </message>
        <message>
            <source>mean κ events</source>
            <translation>κ médio eventos</translation>
        </message>
        <message>
            <source>pooled κ time units</source>
            <translation>κ agrupado unidades de tempo</translation>
        </message>
        <message>
            <source>ICC(2,1) between the two codings over the pairs (95% CI: McGraw &amp; Wong 1996)</source>
            <translation>ICC(2,1) entre as duas codificações sobre os pares (IC de 95%: McGraw e Wong 1996)</translation>
        </message>
        <message>
            <source>gseq (Bakeman, Quera &amp; Gnisci 2009), onset tolerance {0}</source>
            <translation>gseq (Bakeman, Quera e Gnisci 2009), tolerância de início {0}</translation>
        </message>
        <message>
            <source>overlap (≥ {0} of the longer state; points within {1})</source>
            <translation>sobreposição (≥ {0} do estado mais longo; pontos a menos de {1})</translation>
        </message>
        <message>
            <source>Settings: unit {0}, tolerance {1} (symmetric), event alignment {2}, excluded rule {3}; bootstrap: {4} resamples of the videos, seed {5}.</source>
            <translation>Parâmetros: unidade {0}, tolerância {1} (simétrica), alinhamento de eventos {2}, regra de exclusão {3}; bootstrap: {4} reamostragens dos vídeos, semente {5}.</translation>
        </message>
        <message>
            <source>A pair's κ CI treats its units as independent (Fleiss, Cohen &amp; Everitt 1969), so it is too narrow; a pair with κ undefined is left out of the mean ({0} here).</source>
            <translation>O IC do κ de um par trata suas unidades como independentes (Fleiss, Cohen e Everitt 1969), por isso é estreito demais; um par com κ indefinido é excluído da média ({0} aqui).</translation>
        </message>
        <message>
            <source>A pair's κ CI treats its units as independent (Fleiss, Cohen &amp; Everitt 1969), so it is too narrow; a pair with κ undefined is left out of the mean.</source>
            <translation>O IC do κ de um par trata suas unidades como independentes (Fleiss, Cohen e Everitt 1969), por isso é estreito demais; um par com κ indefinido é excluído da média.</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Deriva</translation>
        </message>
        <message>
            <source>{0} rolling κ</source>
            <translation>κ móvel de {0}</translation>
        </message>
        <message>
            <source>pair</source>
            <translation>par</translation>
        </message>
        <message>
            <source>Observer drift: rolling mean κ of the last five pairs</source>
            <translation>Deriva do observador: κ médio móvel dos últimos cinco pares</translation>
        </message>
        <message>
            <source>reliability pair (by completion)</source>
            <translation>par de confiabilidade (por ordem de conclusão)</translation>
        </message>
        <message>
            <source>coder</source>
            <translation>codificador/a</translation>
        </message>
        <message>
            <source>rolling κ</source>
            <translation>κ móvel</translation>
        </message>
        <message>
            <source>slope per 30 days</source>
            <translation>inclinação por 30 dias</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>alerta</translation>
        </message>
        <message>
            <source>skipped: {0}</source>
            <translation>ignorado: {0}</translation>
        </message>
        <message>
            <source>below criterion</source>
            <translation>abaixo do critério</translation>
        </message>
        <message>
            <source>no complete pair yet</source>
            <translation>nenhum par concluído ainda</translation>
        </message>
        <message>
            <source>Proportion attuned</source>
            <extracomment>RowSheet and write_transitions lived here; they stay importable from this module labels in English, marked for translation; shown through ``translate("workbook", …)``</extracomment>
            <translation>Proporção sintonizado</translation>
        </message>
        <message>
            <source>Proportion misattuned</source>
            <translation>Proporção dessintonizado</translation>
        </message>
        <message>
            <source>Proportion repair</source>
            <translation>Proporção reparação</translation>
        </message>
        <message>
            <source>Ruptures</source>
            <translation>Rupturas</translation>
        </message>
        <message>
            <source>Proportion repaired</source>
            <translation>Proporção reparadas</translation>
        </message>
        <message>
            <source>Median time to repair (s)</source>
            <translation>Mediana do tempo até a reparação (s)</translation>
        </message>
        <message>
            <source>attachcoder — session summary</source>
            <translation>attachcoder — resumo da sessão</translation>
        </message>
        <message>
            <source>Session key</source>
            <translation>Chave da sessão</translation>
        </message>
        <message>
            <source>Dyad ID</source>
            <translation>ID da díade</translation>
        </message>
        <message>
            <source>Coder ID</source>
            <translation>ID do codificador/a</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Data da sessão</translation>
        </message>
        <message>
            <source>Infant age (months)</source>
            <translation>Idade do bebê (meses)</translation>
        </message>
        <message>
            <source>Corrected age</source>
            <translation>Idade corrigida</translation>
        </message>
        <message>
            <source>Caregiver role</source>
            <translation>Papel do cuidador</translation>
        </message>
        <message>
            <source>Scheme</source>
            <translation>Sistema de codificação</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duração</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Observado</translation>
        </message>
        <message>
            <source>Episodes</source>
            <translation>Episódios</translation>
        </message>
        <message>
            <source>Episodes crossing a phase boundary</source>
            <translation>Episódios que cruzam um limite de fase</translation>
        </message>
        <message>
            <source>Coverage ({0})</source>
            <translation>Cobertura ({0})</translation>
        </message>
        <message>
            <source>Uncoded gaps &gt; 1 s ({0})</source>
            <translation>Intervalos não codificados &gt; 1 s ({0})</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <source>Notes on these figures</source>
            <translation>Notas sobre estes números</translation>
        </message>
        <message>
            <source>Session notes (the coder's)</source>
            <translation>Notas da sessão (do codificador/a)</translation>
        </message>
        <message>
            <source>Duration (s)</source>
            <extracomment>The Summary's headline table, column by column: (label, measure or key, number format). The counts proportion repaired is made of stand beside it (repaired of resolved, and the unresolved ones left out), so a reader sees "100 %" is 1 of 1 and not 40 of 40.</extracomment>
            <translation>Duração (s)</translation>
        </message>
        <message>
            <source>Codable time (s)</source>
            <translation>Tempo codificável (s)</translation>
        </message>
        <message>
            <source>Repaired</source>
            <translation>Reparadas</translation>
        </message>
        <message>
            <source>Resolved (repaired or not)</source>
            <translation>Resolvidas (reparadas ou não)</translation>
        </message>
        <message>
            <source>Unresolved (left out)</source>
            <translation>Não resolvidas (excluídas)</translation>
        </message>
        <message>
            <source>mother</source>
            <extracomment>the caregiver roles the window offers, kept in English in the file</extracomment>
            <translation>mãe</translation>
        </message>
        <message>
            <source>father</source>
            <translation>pai</translation>
        </message>
        <message>
            <source>other caregiver</source>
            <translation>outro cuidador</translation>
        </message>
        <message>
            <source>Headline measures by phase</source>
            <extracomment>where the chart stands: right of the label–value pairs (columns A–B, their text running into C–F: "observed to 00:01:00.000 of 00:04:00.000 (25 %)" needs more than B–E, and under a chart at E3 the share was hidden), from the third row; 14 cm wide and 6.5 cm high it spans columns G–L and rows 3–16 where the chart finds the three proportions (1-based columns of the headline table)</extracomment>
            <translation>Medidas principais por fase</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Proportions are of codable time (uncodable time left out). Proportion repaired = repaired / resolved: a rupture the end of its phase cuts off (unresolved) says nothing either way. No proportion is a pass mark: read the proportion attuned beside the repair measures.</source>
            <translation>As proporções são do tempo codificável (o tempo não codificável fica de fora). Proporção reparadas = reparadas / resolvidas: uma ruptura interrompida pelo fim da sua fase (não resolvida) não indica nada em nenhum sentido. Nenhuma proporção é uma nota de corte: leia a proporção sintonizado junto com as medidas de reparação.</translation>
        </message>
        <message>
            <source>{0}: not coded</source>
            <translation>{0}: não codificado</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Tentativas</translation>
        </message>
        <message>
            <source>Successful</source>
            <translation>Bem-sucedidas</translation>
        </message>
        <message>
            <source>Proportion successful</source>
            <translation>Proporção bem-sucedidas</translation>
        </message>
        <message>
            <source>Repair attempts by phase</source>
            <translation>Tentativas de reparação por fase</translation>
        </message>
        <message>
            <source>Proportion of codable time, by phase</source>
            <translation>Proporção do tempo codificável, por fase</translation>
        </message>
        <message>
            <source>proportion</source>
            <translation>proporção</translation>
        </message>
        <message>
            <source>Still-face effect and reunion carry-over</source>
            <translation>Efeito do rosto imóvel e efeito residual no reencontro</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Still-face
− play</source>
            <translation>Rosto imóvel
− brincadeira</translation>
        </message>
        <message>
            <source>Reunion
− play</source>
            <translation>Reencontro
− brincadeira</translation>
        </message>
        <message>
            <source>{0} (percentage points)</source>
            <translation>{0} (pontos percentuais)</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Avaliações</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Avaliação</translation>
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
            <translation>Intervalos não codificados maiores que 1 s</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>… and {0} more (from {1})</source>
            <translation>… e mais {0} (de {1})</translation>
        </message>
        <message>
            <source>{0}: {1} rows for analysis, not printed ({2}). To print them, select the sheet and clear its print area (Page Layout → Print Area → Clear).</source>
            <extracomment>The per-session sheet also shows onset and offset as hh:mm:ss.mmm (Excel times).</extracomment>
            <translation>{0}: {1} linhas para análise, não impressas ({2}). Para imprimi-las, selecione a planilha e limpe a área de impressão (Layout da Página → Área de Impressão → Limpar Área de Impressão).</translation>
        </message>
        <message>
            <source>the Summary prints its figures</source>
            <translation>o Resumo imprime seus números</translation>
        </message>
        <message>
            <source>the Timeline prints them as a score</source>
            <translation>a Linha do tempo os imprime como uma partitura</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>layer_role</source>
            <translation>papel da camada</translation>
        </message>
        <message>
            <source>key</source>
            <translation>tecla</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>cor</translation>
        </message>
        <message>
            <source>role</source>
            <translation>papel</translation>
        </message>
        <message>
            <source>modifiers</source>
            <translation>modificadores</translation>
        </message>
        <message>
            <source>asks_note</source>
            <translation>pede nota</translation>
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
            <translation>Linha do tempo — {0}</translation>
        </message>
        <message>
            <source>Timeline: one row per minute, one cell per second</source>
            <translation>Linha do tempo: uma linha por minuto, uma célula por segundo</translation>
        </message>
        <message>
            <source>Each cell shows the code at the middle of its second; {0} marks a second that also holds an episode too short to show (see the Episodes sheet).</source>
            <translation>Cada célula mostra o código no meio do seu segundo; {0} marca um segundo que também contém um episódio curto demais para ser mostrado (veja a planilha Episodes).</translation>
        </message>
        <message>
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <source>Grey: Yule's Q from a 2×2 table with a cell under {0} transitions — too few to read as a finding (Bakeman &amp; Quera 2011); the counts above say how few.</source>
            <extracomment>a Yule's Q from too few transitions: shown, but greyed</extracomment>
            <translation>Cinza: Q de Yule a partir de uma tabela 2×2 com uma célula abaixo de {0} transições, poucas demais para ser lido como um achado (Bakeman e Quera 2011); as contagens acima mostram quão poucas são.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>todas</translation>
        </message>
        <message>
            <source>Lag-1 transitions between interaction codes</source>
            <translation>Transições de defasagem 1 (lag-1) entre códigos de interação</translation>
        </message>
        <message>
            <source>Rows are the earlier code i, columns the next code j. Chains stay inside a phase; an uncodable episode or an uncoded gap breaks them.</source>
            <translation>As linhas são o código anterior i; as colunas, o código seguinte j. As cadeias ficam dentro de uma fase; um episódio não codificável ou um intervalo não codificado as interrompe.</translation>
        </message>
        <message>
            <source>The scheme has no interaction layer: there are no transitions.</source>
            <translation>O sistema de codificação não tem camada de interação: não há transições.</translation>
        </message>
        <message>
            <source>Counts n(i → j)</source>
            <translation>Contagens n(i → j)</translation>
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
            <translation>{0}: de \ para</translation>
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
