// Vendored CSL locale: locales-pt-BR.xml from https://github.com/citation-style-language/locales
// (commit 938c09c164a60b3cfeabe61089f1bf4c3ea6a4ed; sha256 f67d781260405ea7617d43e20eb0c363e4e3db4e420d9b017ba9c9c2b797e12b).
// Licence: CC BY-SA 3.0 (see ./README.md). Regenerate with scripts/vendor-csl.ts; do not edit by hand.
export const LOCALE_PT_BR = String.raw`<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="pt-BR">
  <!-- The terms and abbreviations in this file follow the recommendations of The Brazilian National Standards Association (ABNT), particularly the ones presented at standard ABNT NBR 6023:2025. -->
  <!-- Additional abbreviations are from:
        1. Reduções, Academia Brasileira de Letras (2025), https://www.academia.org.br/nossa-lingua/reducoes.
  -->
  <info>
    <translator>
      <name>José Antonio Meira da Rocha</name>
    </translator>
    <translator>
      <name>Meira da Rocha</name>
    </translator>
    <translator>
      <name>Renato Cirino</name>
    </translator>
    <translator>
      <name>André Luiz Appel</name>
      <uri>https://orcid.org/0000-0002-9608-803X</uri>
    </translator>
    <translator>
      <name>Isabelly Silva</name>
    </translator>
    <rights license="http://creativecommons.org/licenses/by-sa/3.0/">This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License</rights>
    <updated>2026-01-10T00:00:00+00:00</updated>
  </info>
  <style-options punctuation-in-quote="false" limit-day-ordinals-to-day-1="true"/>
  <date form="text">
    <date-part name="day" form="ordinal" suffix=" de "/>
    <date-part name="month" suffix=" de "/>
    <date-part name="year"/>
  </date>
  <date form="numeric">
    <date-part name="day" form="numeric-leading-zeros" suffix="/"/>
    <date-part name="month" form="numeric-leading-zeros" suffix="/"/>
    <date-part name="year"/>
  </date>
  <terms>
    <!-- LONG GENERAL TERMS -->
    <term name="accessed">acesso em</term>
    <term name="advance-online-publication">publicação prévia em linha</term>
    <term name="album">álbum</term>
    <term name="and">e</term>
    <term name="and others">e outros</term>
    <term name="anonymous">anônimo</term>
    <term name="at">em</term>
    <term name="audio-recording">gravação de áudio</term>
    <term name="available at">disponível em</term>
    <term name="by">por</term>
    <term name="circa">circa</term>
    <term name="cited">citado</term>
    <term name="et-al">et al.</term>
    <term name="film">filme</term>
    <term name="forthcoming">a ser publicado</term>
    <term name="from">de</term>
    <term name="henceforth">daqui em diante</term>
    <term name="ibid">ibidem</term>
    <term name="in">em</term>
    <term name="in press">no prelo</term>
    <term name="internet">internet</term>
    <term name="letter">carta</term>
    <term name="loc-cit">loc. cit.</term> <!-- like ibid., the abbreviated form is the regular form  -->
    <term name="no date">sem data</term>
    <term name="no-place">sem local</term> <!-- sine loco -->
    <term name="no-publisher">sem editor</term> <!-- sine nomine -->
    <term name="on">em</term>
    <term name="online">online</term>
    <term name="op-cit">op. cit.</term> <!-- like ibid., the abbreviated form is the regular form  -->
    <term name="original-work-published">trabalho original publicado</term>
    <term name="personal-communication">comunicação pessoal</term>
    <term name="podcast">podcast</term>
    <term name="podcast-episode">episódio de podcast</term>
    <term name="preprint">preprint</term>
    <term name="presented at">apresentado em</term>
    <term name="radio-broadcast">transmissão de rádio</term>
    <term name="radio-series">série radiofônica</term>
    <term name="radio-series-episode">episódio de série radiofônica</term>
    <term name="reference">
      <single>referência</single>
      <multiple>referências</multiple>
    </term>
    <term name="retrieved">recuperado</term>
    <term name="review-of">revisão de</term>
    <term name="scale">escala</term>
    <term name="special-issue">edição especial</term>
    <term name="special-section">sessão especial</term>
    <term name="television-broadcast">transmissão de tv</term>
    <term name="television-series">série de tv</term>
    <term name="television-series-episode">episódio de série de televisão</term>
    <term name="video">vídeo</term>
    <term name="working-paper">artigo inacabado</term>

    <!-- SHORT GENERAL TERMS -->
    <term name="anonymous" form="short">anôn.</term>
    <term name="circa" form="short">c.</term>
    <term name="no date" form="short">s.d.</term>
    <term name="no-place" form="short">s.l.</term>
    <term name="no-publisher" form="short">s.e.</term>
    <term name="reference" form="short">
      <single>ref.</single>
      <multiple>refs.</multiple>
    </term>
    <term name="review-of" form="short">rev. de</term>

    <!-- SYMBOLIC GENERAL FORMS -->

    <!-- LONG ITEM TYPE FORMS -->
    <term name="article">pré-impressão</term>
    <term name="article-journal">artigo de periódico</term>
    <term name="article-magazine">artigo de revista</term>
    <term name="article-newspaper">artigo de jornal</term>
    <term name="bill">lei</term>
    <!-- book is in the list of locator terms -->
    <term name="broadcast">transmissão</term>
    <!-- chapter is in the list of locator terms -->
    <term name="classic">clássico</term>
    <term name="collection">coleção</term>
    <term name="dataset">conjunto de dados</term>
    <term name="document">documento</term>
    <term name="entry">verbete</term>
    <term name="entry-dictionary">verbete de dicionário</term>
    <term name="entry-encyclopedia">verbete de enciclopédia</term>
    <term name="event">evento</term>
    <term name="graphic">iconográfico</term>
    <term name="hearing">audiência</term>
    <term name="interview">entrevista</term>
    <term name="legal_case">jurisprudência</term>
    <term name="legislation">legislação</term>
    <term name="manuscript">manuscrito</term>
    <term name="map">mapa</term>
    <term name="motion_picture">gravação de vídeo</term>
    <term name="musical_score">partitura musical</term>
    <term name="pamphlet">panleto</term>
    <term name="paper-conference">trabalho em evento</term>
    <term name="patent">patente</term>
    <term name="performance">performance</term>
    <term name="periodical">periódico</term>
    <term name="personal_communication">comunicação pessoal</term>
    <term name="post">publicação</term>
    <term name="post-weblog">publicação de blog</term>
    <term name="regulation">regulamento</term>
    <term name="report">relatório</term>
    <term name="review">resenha</term>
    <term name="review-book">resenha de livro</term>
    <term name="software">programa de computador</term>
    <term name="song">gravação de áudio</term>
    <term name="speech">apresentação</term>
    <term name="standard">norma</term>
    <term name="thesis">tese</term>
    <term name="treaty">tratado</term>
    <term name="webpage">página da web</term>

    <!-- SHORT ITEM TYPE FORMS -->
    <term name="article-journal" form="short">art. periódico</term>
    <term name="article-magazine" form="short">art. rev.</term>
    <term name="article-newspaper" form="short">art. j.</term>
    <!-- book is in the list of locator terms -->
    <!-- chapter is in the list of locator terms -->
    <term name="document" form="short">doc.</term>
    <!-- figure is in the list of locator terms -->
    <term name="graphic" form="short">iconog.</term>
    <term name="interview" form="short">entrev.</term>
    <term name="manuscript" form="short">ms.</term>
    <term name="motion_picture" form="short">grav. vídeo</term>
    <term name="report" form="short">rel.</term>
    <term name="review" form="short">rev.</term>
    <term name="review-book" form="short">resenha liv.</term>
    <term name="song" form="short">gravação áudio</term>

    <!-- LONG VERB ITEM TYPE FORMS -->
    <!-- Only where applicable -->
    <term name="hearing" form="verb">audiência de</term>
    <term name="review" form="verb">revisão de</term>
    <term name="review-book" form="verb">revisão do livro</term>

    <!-- SHORT VERB ITEM TYPE FORMS -->

    <!-- HISTORICAL ERA TERMS -->
    <term name="ad">depois de Cristo</term>
    <term name="bc">AC</term>
    <term name="bce">BCE</term>
    <term name="ce">CE</term>

    <!-- PUNCTUATION -->
    <term name="open-quote">“</term>
    <term name="close-quote">”</term>
    <term name="open-inner-quote">‘</term>
    <term name="close-inner-quote">’</term>
    <term name="page-range-delimiter">–</term>
    <term name="colon">:</term>
    <term name="comma">,</term>
    <term name="semicolon">;</term>

    <!-- ORDINALS -->
    <term name="ordinal">º</term>
    <term name="ordinal-01" gender-form="feminine" match="whole-number">ª</term>
    <term name="ordinal-01" gender-form="masculine" match="whole-number">º</term>

    <!-- LONG ORDINALS -->
    <term name="long-ordinal-01" gender-form="feminine">primeira</term>
    <term name="long-ordinal-02" gender-form="feminine">segunda</term>
    <term name="long-ordinal-03" gender-form="feminine">terceira</term>
    <term name="long-ordinal-04" gender-form="feminine">quarta</term>
    <term name="long-ordinal-05" gender-form="feminine">quinta</term>
    <term name="long-ordinal-06" gender-form="feminine">sexta</term>
    <term name="long-ordinal-07" gender-form="feminine">sétima</term>
    <term name="long-ordinal-08" gender-form="feminine">oitava</term>
    <term name="long-ordinal-09" gender-form="feminine">nona</term>
    <term name="long-ordinal-10" gender-form="feminine">décima</term>
    <term name="long-ordinal-01" gender-form="masculine">primeiro</term>
    <term name="long-ordinal-02" gender-form="masculine">segundo</term>
    <term name="long-ordinal-03" gender-form="masculine">terceiro</term>
    <term name="long-ordinal-04" gender-form="masculine">quarto</term>
    <term name="long-ordinal-05" gender-form="masculine">quinto</term>
    <term name="long-ordinal-06" gender-form="masculine">sexto</term>
    <term name="long-ordinal-07" gender-form="masculine">sétimo</term>
    <term name="long-ordinal-08" gender-form="masculine">oitavo</term>
    <term name="long-ordinal-09" gender-form="masculine">nono</term>
    <term name="long-ordinal-10" gender-form="masculine">décimo</term>

    <!-- LONG LOCATOR FORMS -->
    <term name="act">
      <single>ato</single>
      <multiple>atos</multiple>
    </term>
    <term name="appendix">
      <single>apêndice</single>
      <multiple>apêndices</multiple>
    </term>
    <term name="article-locator">
      <single>artigo</single>
      <multiple>artigos</multiple>
    </term>
    <term name="book">
      <single>livro</single>
      <multiple>livros</multiple>
    </term>
    <term name="canon">
      <single>cânone</single>
      <multiple>cânones</multiple>
    </term>
    <term name="chapter">
      <single>capítulo</single>
      <multiple>capítulos</multiple>
    </term>
    <term name="column">
      <single>coluna</single>
      <multiple>colunas</multiple>
    </term>
    <term name="elocation">
      <single>localizador</single>
      <multiple>localizadores</multiple>
    </term>
    <term name="equation">
      <single>equação</single>
      <multiple>equações</multiple>
    </term>
    <term name="figure">figura</term>
    <term name="folio">
      <single>fólio</single>
      <multiple>fólios</multiple>
    </term>
    <term name="issue">
      <single>número</single>
      <multiple>números</multiple>
    </term>
    <term name="line">
      <single>linha</single>
      <multiple>linhas</multiple>
    </term>
    <term name="note">
      <single>nota</single>
      <multiple>notas</multiple>
    </term>
    <term name="opus">
      <single>opus</single>
      <multiple>opera</multiple>
    </term>
    <term name="page">
      <single>página</single>
      <multiple>páginas</multiple>
    </term>
    <term name="paragraph">
      <single>parágrafo</single>
      <multiple>parágrafos</multiple>
    </term>
    <term name="part">
      <single>parte</single>
      <multiple>partes</multiple>
    </term>
    <term name="rule">
      <single>norma</single>
      <multiple>normas</multiple>
    </term>
    <term name="scene">
      <single>cena</single>
      <multiple>cenas</multiple>
    </term>
    <term name="section">
      <single>seção</single>
      <multiple>seções</multiple>
    </term>
    <term name="sub-verbo">
      <single>sub verbo</single>
      <multiple>sub verbis</multiple>
    </term>
    <term name="supplement">
      <single>supplement</single>
      <multiple>supplements</multiple>
    </term>
    <term name="table">
      <single>tabela</single>
      <multiple>tabelas</multiple>
    </term>
    <term name="timestamp"> <!-- generally blank -->
      <single/>
      <multiple/>
    </term>
    <term name="title-locator">
      <single>título</single>
      <multiple>títulos</multiple>
    </term>
    <term name="verse">
      <single>verso</single>
      <multiple>versos</multiple>
    </term>
    <term name="volume">
      <single>volume</single>
      <multiple>volumes</multiple>
    </term>

    <!-- SHORT LOCATOR FORMS -->
    <term name="appendix" form="short">
      <single>app.</single>
      <multiple>apps.</multiple>
    </term>
    <term name="article-locator" form="short">
      <single>art.</single>
      <multiple>arts.</multiple>
    </term>
    <term name="book" form="short">liv.</term>
    <term name="chapter" form="short">cap.</term>
    <term name="column" form="short">col.</term>
    <term name="elocation" form="short">
      <single>local.</single>
      <multiple>locals.</multiple>
    </term>
    <term name="equation" form="short">
      <single>eq.</single>
      <multiple>eqs.</multiple>
    </term>
    <term name="figure" form="short">fig.</term>
    <term name="folio" form="short">f.</term>
    <term name="issue" form="short">n.</term>
    <term name="line" form="short">l.</term>
    <term name="note" form="short">n.</term>
    <term name="opus" form="short">op.</term>
    <term name="page" form="short">
      <single>p.</single>
      <multiple>p.</multiple>
    </term>
    <term name="paragraph" form="short">par.</term>
    <term name="part" form="short">
      <single>pt.</single>
      <multiple>pt.</multiple>
    </term>
    <term name="rule" form="short">
      <single>norma</single>
      <multiple>normas</multiple>
    </term>
    <term name="scene" form="short">
      <single>c.</single>
      <multiple>cns.</multiple>
    </term>
    <term name="section" form="short">seç.</term>
    <term name="sub-verbo" form="short">
      <single>s.v.</single>
      <multiple>s.vv.</multiple>
    </term>
    <term name="supplement" form="short">
      <single>supl.</single>
      <multiple>supl.</multiple>
    </term>
    <term name="table" form="short">
      <single>tbl.</single>
      <multiple>tbls.</multiple>
    </term>
    <term name="timestamp" form="short"> <!-- generally blank -->
      <single/>
      <multiple/>
    </term>
    <term name="title-locator" form="short">
      <single>tit.</single>
      <multiple>tits.</multiple>
    </term>
    <term name="verse" form="short">
      <single>v.</single>
      <multiple>p.</multiple>
    </term>
    <term name="volume" form="short">
      <single>v.</single>
      <multiple>v.</multiple>
    </term>

    <!-- SYMBOLIC LOCATOR FORMS -->
    <term name="paragraph" form="symbol">
      <single>¶</single>
      <multiple>¶¶</multiple>
    </term>
    <term name="section" form="symbol">
      <single>§</single>
      <multiple>§§</multiple>
    </term>

    <!-- LONG NUMBER VARIABLE FORMS -->
    <term name="chapter-number">
      <single>chapter</single>
      <multiple>chapters</multiple>
    </term>
    <term name="citation-number">
      <single>citation</single>
      <multiple>citations</multiple>
    </term>
    <term name="collection-number">
      <single>número</single>
      <multiple>números</multiple>
    </term>
    <term name="edition">
      <single>edição</single>
      <multiple>edições</multiple>
    </term>
    <term name="first-reference-note-number">
      <single>nota</single>
      <multiple>notas</multiple>
    </term>
    <term name="number">
      <single>number</single>
      <multiple>numbers</multiple>
    </term>
    <term name="number-of-pages">
      <single>página</single>
      <multiple>páginas</multiple>
    </term>
    <term name="number-of-volumes">
      <single>volume</single>
      <multiple>volumes</multiple>
    </term>
    <term name="page-first">
      <single>página inicial</single>
      <multiple>páginas iniciais</multiple>
    </term>
    <term name="printing">
      <single>impressão</single>
      <multiple>impressões</multiple>
    </term>
    <term name="version">versão</term>

    <!-- SHORT NUMBER VARIABLE FORMS -->
    <term name="chapter-number" form="short">
      <single>cap.</single>
      <multiple>cap.</multiple>
    </term>
    <term name="citation-number" form="short">
      <single>cit.</single>
      <multiple>cit.</multiple>
    </term>
    <term name="collection-number" form="short">nº</term>
    <term name="edition" form="short">ed.</term>
    <term name="first-reference-note-number" form="short">n.</term>
    <term name="number" form="short">
      <single>n.</single>
      <multiple>n.</multiple>
    </term>
    <term name="number-of-pages" form="short">
      <single>p.</single>
      <multiple>p.</multiple>
    </term>
    <term name="number-of-volumes" form="short">
      <single>vol.</single>
      <multiple>vols.</multiple>
    </term>
    <term name="page-first" form="short">
      <single>p.</single>
      <multiple>p.</multiple>
    </term>
    <term name="printing" form="short">
      <single>impr.</single>
      <multiple>imprs.</multiple>
    </term>

    <!-- LONG ROLE FORMS -->
    <term name="author"/> <!-- generally blank -->
    <term name="chair">
      <single>presidente</single>
      <multiple>presidentes</multiple>
    </term>
    <term name="collection-editor">
      <single>editor</single>
      <multiple>editores</multiple>
    </term>
    <term name="compiler">
      <single>compilador</single>
      <multiple>compiladores</multiple>
    </term>
    <term name="composer"/> <!-- generally blank -->
    <term name="container-author"/> <!-- generally blank -->
    <term name="contributor">
      <single>contribuidor</single>
      <multiple>contribuidores</multiple>
    </term>
    <term name="curator">
      <single>curador</single>
      <multiple>curadores</multiple>
    </term>
    <term name="director">
      <single>diretor</single>
      <multiple>diretores</multiple>
    </term>
    <term name="editor">
      <single>organizador</single>
      <multiple>organizadores</multiple>
    </term>
    <term name="editor-translator">
      <single>editor e tradutor</single>
      <multiple>editores e tradutores</multiple>
    </term>
    <term name="editortranslator">
      <single>editor e tradutor</single>
      <multiple>editores e tradutores</multiple>
    </term>
    <term name="editorial-director">
      <single>editor</single>
      <multiple>editores</multiple>
    </term>
    <term name="executive-producer">
      <single>produtor executivo</single>
      <multiple>produtores executivos</multiple>
    </term>
    <term name="guest">
      <single>convidado</single>
      <multiple>convidados</multiple>
    </term>
    <term name="host">
      <single>anfitrião</single>
      <multiple>anfitriões</multiple>
    </term>
    <term name="illustrator">
      <single>ilustrador</single>
      <multiple>ilustradores</multiple>
    </term>
    <term name="interviewer"/> <!-- generally blank -->
    <term name="narrator">
      <single>narrador</single>
      <multiple>narradores</multiple>
    </term>
    <term name="organizer">
      <single>organizador</single>
      <multiple>organizadores</multiple>
    </term>
    <term name="original-author"/> <!-- generally blank -->
    <term name="performer">
      <single>intérprete</single>
      <multiple>intérpretes</multiple>
    </term>
    <term name="producer">
      <single>produtor</single>
      <multiple>produtores</multiple>
    </term>
    <term name="recipient"/> <!-- generally blank -->
    <term name="reviewed-author"/> <!-- generally blank -->
    <term name="script-writer">
      <single>roteirista</single>
      <multiple>roteiristas</multiple>
    </term>
    <term name="series-creator">
      <single>criador da série</single>
      <multiple>criadores da série</multiple>
    </term>
    <term name="translator">
      <single>tradutor</single>
      <multiple>tradutores</multiple>
    </term>

    <!-- SHORT ROLE FORMS -->
    <term name="chair" form="short">
      <single>pres.</single>
      <multiple>pres.</multiple>
    </term>
    <term name="collection-editor" form="short">
      <single>ed.</single> <!-- no variation for ABNT -->
      <multiple>ed.</multiple> <!-- no variation for ABNT -->
    </term>
    <term name="compiler" form="short">
      <single>comp.</single>
      <multiple>comps.</multiple>
    </term>
    <term name="contributor" form="short">
      <single>contrib.</single>
      <multiple>contribs.</multiple>
    </term>
    <term name="curator" form="short">
      <single>cur.</single>
      <multiple>curs.</multiple>
    </term>
    <term name="director" form="short">
      <single>dir.</single>
      <multiple>dirs.</multiple>
    </term>
    <term name="editor" form="short">
      <single>org.</single> <!-- no variation for ABNT -->
      <multiple>org.</multiple> <!-- no variation for ABNT -->
    </term>
    <term name="editor-translator" form="short">
        <single>ed. e trad.</single>
        <multiple>eds. e trads.</multiple>
      </term>
    <term name="editortranslator" form="short">
        <single>ed. e trad.</single>
        <multiple>eds. e trads.</multiple>
      </term>
    <term name="editorial-director" form="short">
        <single>ed.</single>
        <multiple>eds.</multiple>
      </term>
    <term name="executive-producer" form="short">
      <single>prod. exec.</single>
      <multiple>prods. execs.</multiple>
    </term>
    <term name="illustrator" form="short">
        <single>il.</single>
        <multiple>ils.</multiple>
      </term>
    <term name="narrator" form="short">
      <single>narr.</single>
      <multiple>narrs.</multiple>
    </term>
    <term name="organizer" form="short">
      <single>org.</single> <!-- no variation for ABNT -->
      <multiple>org.</multiple> <!-- no variation for ABNT -->
    </term>
    <term name="performer" form="short">
      <single>intérp.</single>
      <multiple>intérps.</multiple>
    </term>
    <term name="producer" form="short">
      <single>prod.</single>
      <multiple>prods.</multiple>
    </term>
    <term name="script-writer" form="short">
      <single>roteir.</single>
      <multiple>roteirs.</multiple>
    </term>
    <term name="series-creator" form="short">
      <single>cre.</single>
      <multiple>cres.</multiple>
    </term>
    <term name="translator" form="short">
        <single>trad.</single>
        <multiple>trads.</multiple>
      </term>

    <!-- VERB ROLE FORMS -->
    <term name="chair" form="verb">presidido por</term>
    <term name="compiler" form="verb">compilado por</term>
    <term name="container-author" form="verb">por</term>
    <term name="contributor" form="verb">contribuição de</term>
    <term name="curator" form="verb">curadoria de</term>
    <term name="editor" form="verb">organizado por</term>
    <term name="editor-translator" form="verb">editado e traduzido por</term>
    <term name="editortranslator" form="verb">editado e traduzido por</term>
    <term name="editorial-director" form="verb">editado por</term>
    <term name="executive-producer" form="verb">produção executiva de</term>
    <term name="guest" form="verb">com participação de</term>
    <term name="host" form="verb">apresentado por</term>
    <term name="illustrator" form="verb">ilustrado por</term>
    <term name="interviewer" form="verb">entrevista cedida a</term>
    <term name="narrator" form="verb">narração de</term>
    <term name="organizer" form="verb">organizado por</term>
    <term name="performer" form="verb">interpretado por</term>
    <term name="producer" form="verb">produzido por</term>
    <term name="recipient" form="verb">destinado a</term>
    <term name="reviewed-author" form="verb">por</term>
    <term name="script-writer" form="verb">escrito por</term>
    <term name="series-creator" form="verb">criado por</term>
    <term name="translator" form="verb">traduzido por</term>

    <!-- SHORT VERB ROLE FORMS -->
    <term name="collection-editor" form="verb-short">editorado por</term>
    <term name="compiler" form="verb-short">comp. por</term>
    <term name="contributor" form="verb-short">com contrib. de</term>
    <term name="curator" form="verb-short">cur. de</term>
    <term name="director" form="verb-short">dir. por</term>
    <term name="editor" form="verb-short">org. por</term>
    <term name="editor-translator" form="verb-short">ed. e trad. por</term>
    <term name="editortranslator" form="verb-short">ed. e trad. por</term>
    <term name="editorial-director" form="verb-short">ed. por</term>
    <term name="executive-producer" form="verb-short">prod. exec. de</term>
    <term name="guest" form="verb-short">com part. de</term>
    <term name="host" form="verb-short">apres. por</term>
    <term name="illustrator" form="verb-short">ilus. por</term>
    <term name="narrator" form="verb-short">narr. por</term>
    <term name="organizer" form="verb-short">org. por</term>
    <term name="performer" form="verb-short">interp. por</term>
    <term name="producer" form="verb-short">prod. por</term>
    <term name="script-writer" form="verb-short">escr. por</term>
    <term name="series-creator" form="verb-short">criado por</term>
    <term name="translator" form="verb-short">trad. por</term>

    <!-- LONG MONTH FORMS -->
    <term name="month-01">janeiro</term>
    <term name="month-02">fevereiro</term>
    <term name="month-03">março</term>
    <term name="month-04">abril</term>
    <term name="month-05">maio</term>
    <term name="month-06">junho</term>
    <term name="month-07">julho</term>
    <term name="month-08">agosto</term>
    <term name="month-09">setembro</term>
    <term name="month-10">outubro</term>
    <term name="month-11">novembro</term>
    <term name="month-12">dezembro</term>

    <!-- SHORT MONTH FORMS -->
    <term name="month-01" form="short">jan.</term>
    <term name="month-02" form="short">fev.</term>
    <term name="month-03" form="short">mar.</term>
    <term name="month-04" form="short">abr.</term>
    <term name="month-05" form="short">maio</term>
    <term name="month-06" form="short">jun.</term>
    <term name="month-07" form="short">jul.</term>
    <term name="month-08" form="short">ago.</term>
    <term name="month-09" form="short">set.</term>
    <term name="month-10" form="short">out.</term>
    <term name="month-11" form="short">nov.</term>
    <term name="month-12" form="short">dez.</term>

    <!-- SEASONS -->
    <term name="season-01">Primavera</term>
    <term name="season-02">Verão</term>
    <term name="season-03">Outono</term>
    <term name="season-04">Inverno</term>
  </terms>
</locale>
`
