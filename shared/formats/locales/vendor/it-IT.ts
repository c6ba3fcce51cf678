// Vendored CSL locale: locales-it-IT.xml from https://github.com/citation-style-language/locales
// (commit 938c09c164a60b3cfeabe61089f1bf4c3ea6a4ed; sha256 fd6ab1453a1c16923e062e93499e890725f0f8e69ea22150c4083bdc270530eb).
// Licence: CC BY-SA 3.0 (see ./README.md). Regenerate with scripts/vendor-csl.ts; do not edit by hand.
export const LOCALE_IT_IT = String.raw`<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="it-IT">
  <info>
    <translator>
      <name>Filippo Vomiero</name>
      <email>filippo.vomiero@unipd.it</email>
    </translator>
    <rights license="http://creativecommons.org/licenses/by-sa/3.0/">This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License</rights>
    <updated>2026-01-10T00:00:00+00:00</updated>
  </info>
  <style-options punctuation-in-quote="false"/>
  <date form="text">
    <date-part name="day" suffix=" "/>
    <date-part name="month" suffix=" "/>
    <date-part name="year"/>
  </date>
  <date form="numeric">
    <date-part name="day" form="numeric-leading-zeros" suffix="/"/>
    <date-part name="month" form="numeric-leading-zeros" suffix="/"/>
    <date-part name="year"/>
  </date>
  <terms>
    <!-- LONG GENERAL TERMS -->
    <term name="accessed">consultato</term>
    <term name="advance-online-publication">pubblicazione online ad accesso anticipato</term>
    <term name="album">album</term>
    <term name="and">e</term>
    <term name="and others">e altri</term>
    <term name="anonymous">anonimo</term>
    <term name="at">a</term>
    <term name="audio-recording">registrazione audio</term>
    <term name="available at">disponibile su</term>
    <term name="by">di</term>
    <term name="circa">circa</term>
    <term name="cited">citato</term>
    <term name="et-al">et al.</term>
    <term name="film">film</term>
    <term name="forthcoming">in corso di pubblicazione</term>
    <term name="from">da</term>
    <term name="henceforth">d'ora in poi</term>
    <term name="ibid">ibidem</term>
    <term name="in">in</term>
    <term name="in press">in stampa</term>
    <term name="internet">internet</term>
    <term name="letter">lettera</term>
    <term name="loc-cit">loc. cit.</term> <!-- like ibid., the abbreviated form is the regular form  -->
    <term name="no date">sine data</term>
    <term name="no-place">sine loco</term>
    <term name="no-publisher">sine nomine</term> <!-- sine nomine -->
    <term name="on">su</term>
    <term name="online">online</term>
    <term name="op-cit">op. cit.</term> <!-- like ibid., the abbreviated form is the regular form  -->
    <term name="original-work-published">opera originale pubblicata</term>
    <term name="personal-communication">comunicazione personale</term>
    <term name="podcast">podcast</term>
    <term name="podcast-episode">episodio di podcast</term>
    <term name="preprint">preprint</term>
    <term name="presented at">presentato al</term>
    <term name="radio-broadcast">trasmissione radiofonica</term>
    <term name="radio-series">serie radiofonica</term>
    <term name="radio-series-episode">episodio di serie radiofonica</term>
    <term name="reference">
      <single>riferimento</single>
      <multiple>riferimenti</multiple>
    </term>
    <term name="retrieved">recuperato</term>
    <term name="review-of">review of</term>
    <term name="scale">scala</term>
    <term name="special-issue">edizione speciale</term>
    <term name="special-section">sezione speciale</term>
    <term name="television-broadcast">trasmissione televisiva</term>
    <term name="television-series">serie televisiva</term>
    <term name="television-series-episode">episodio di serie televisiva</term>
    <term name="video">video</term>
    <term name="working-paper">documento di lavoro</term>

    <!-- SHORT GENERAL TERMS -->
    <term name="anonymous" form="short">anon.</term>
    <term name="available at" form="short">su</term>
    <term name="circa" form="short">c.</term>
    <term name="ibid" form="short">ibid.</term>
    <term name="no date" form="short">s.d.</term>
    <term name="no-place" form="short">s.l.</term>
    <term name="no-publisher" form="short">s.n.</term>
    <term name="reference" form="short">
      <single>rif.</single>
      <multiple>rif.</multiple>
    </term>
    <term name="review-of" form="short">rev. of</term>

    <!-- SYMBOLIC GENERAL FORMS -->

    <!-- LONG ITEM TYPE FORMS -->
    <term name="article">preprint</term>
    <term name="article-journal">articolo di rivista</term>
    <term name="article-magazine">articolo di rivista generalista</term>
    <term name="article-newspaper">articolo di giornale</term>
    <term name="bill">proposta di legge</term>
    <!-- book is in the list of locator terms -->
    <term name="broadcast">broadcast</term>
    <!-- chapter is in the list of locator terms -->
    <term name="classic">classico</term>
    <term name="collection">collezione</term>
    <term name="dataset">dataset</term>
    <term name="document">documento</term>
    <term name="entry">voce</term>
    <term name="entry-dictionary">voce di dizionario</term>
    <term name="entry-encyclopedia">voce di enciclopedia</term>
    <term name="event">evento</term>
    <!-- figure is in the list of locator terms -->
    <term name="graphic">opera d'arte</term>
    <term name="hearing">udienza</term>
    <term name="interview">intervista</term>
    <term name="legal_case">causa</term>
    <term name="legislation">legislazione</term>
    <term name="manuscript">manoscritto</term>
    <term name="map">mappa</term>
    <term name="motion_picture">film</term>
    <term name="musical_score">spartito musicale</term>
    <term name="pamphlet">opuscolo</term>
    <term name="paper-conference">atto di convegno</term>
    <term name="patent">brevetto</term>
    <term name="performance">esecuzione</term>
    <term name="periodical">periodico</term>
    <term name="personal_communication">comunicazione personale</term>
    <term name="post">messaggio</term>
    <term name="post-weblog">messaggio di blog</term>
    <term name="regulation">decreto</term>
    <term name="report">report</term>
    <term name="review">review</term>
    <term name="review-book">recensione di libro</term>
    <term name="software">software</term>
    <term name="song">registrazione audio</term>
    <term name="speech">presentazione</term>
    <term name="standard">norma</term>
    <term name="thesis">tesi</term>
    <term name="treaty">trattato</term>
    <term name="webpage">pagina web</term>

    <!-- SHORT ITEM TYPE FORMS -->
    <term name="article-journal" form="short">art. di riv.</term>
    <term name="article-magazine" form="short">art. di riv</term>
    <term name="article-newspaper" form="short">art. di g.</term>
    <!-- book is in the list of locator terms -->
    <!-- chapter is in the list of locator terms -->
    <term name="document" form="short">doc.</term>
    <!-- figure is in the list of locator terms -->
    <term name="graphic" form="short">op. d'arte</term>
    <term name="interview" form="short">interv.</term>
    <term name="manuscript" form="short">ms.</term>
    <term name="motion_picture" form="short">film</term>
    <term name="report" form="short">rep.</term>
    <term name="review" form="short">rev.</term>
    <term name="review-book" form="short">rec. di l.</term>
    <term name="song" form="short">reg. audio</term>

    <!-- LONG VERB ITEM TYPE FORMS -->
    <!-- Only where applicable -->
    <term name="hearing" form="verb">testimony of</term>
    <term name="review" form="verb">review of</term>
    <term name="review-book" form="verb">review of the book</term>

    <!-- SHORT VERB ITEM TYPE FORMS -->

    <!-- HISTORICAL ERA TERMS -->
    <term name="ad">d.C.</term>
    <term name="bc">a.C.</term>
    <term name="bce">BCE</term>
    <term name="ce">CE</term>

    <!-- PUNCTUATION -->
    <term name="open-quote">«</term>
    <term name="close-quote">»</term>
    <term name="open-inner-quote">“</term>
    <term name="close-inner-quote">”</term>
    <term name="page-range-delimiter">–</term>
    <term name="colon">:</term>
    <term name="comma">,</term>
    <term name="semicolon">;</term>

    <!-- ORDINALS -->
    <term name="ordinal">º</term>
    <term name="ordinal" gender-form="masculine">º</term>
    <term name="ordinal" gender-form="feminine">ª</term>

    <!-- LONG ORDINALS -->
    <term name="long-ordinal-01">prima</term>
    <term name="long-ordinal-02">seconda</term>
    <term name="long-ordinal-03">terza</term>
    <term name="long-ordinal-04">quarta</term>
    <term name="long-ordinal-05">quinta</term>
    <term name="long-ordinal-06">sesta</term>
    <term name="long-ordinal-07">settima</term>
    <term name="long-ordinal-08">ottava</term>
    <term name="long-ordinal-09">nona</term>
    <term name="long-ordinal-10">decima</term>
    <term name="long-ordinal-01" gender-form="masculine">primo</term>
    <term name="long-ordinal-02" gender-form="masculine">secondo</term>
    <term name="long-ordinal-03" gender-form="masculine">terzo</term>
    <term name="long-ordinal-04" gender-form="masculine">quarto</term>
    <term name="long-ordinal-05" gender-form="masculine">quinto</term>
    <term name="long-ordinal-06" gender-form="masculine">sesto</term>
    <term name="long-ordinal-07" gender-form="masculine">settimo</term>
    <term name="long-ordinal-08" gender-form="masculine">ottavo</term>
    <term name="long-ordinal-09" gender-form="masculine">nono</term>
    <term name="long-ordinal-10" gender-form="masculine">decimo</term>
    <term name="long-ordinal-01" gender-form="feminine">prima</term>
    <term name="long-ordinal-02" gender-form="feminine">seconda</term>
    <term name="long-ordinal-03" gender-form="feminine">terza</term>
    <term name="long-ordinal-04" gender-form="feminine">quarta</term>
    <term name="long-ordinal-05" gender-form="feminine">quinta</term>
    <term name="long-ordinal-06" gender-form="feminine">sesta</term>
    <term name="long-ordinal-07" gender-form="feminine">settima</term>
    <term name="long-ordinal-08" gender-form="feminine">ottava</term>
    <term name="long-ordinal-09" gender-form="feminine">nona</term>
    <term name="long-ordinal-10" gender-form="feminine">decima</term>

    <!-- LONG LOCATOR FORMS -->
    <term name="act">
      <single>atto</single>
      <multiple>atto</multiple>
    </term>
    <term name="appendix">
      <single>appendice</single>
      <multiple>appendici</multiple>
    </term>
    <term name="article-locator">
      <single>articolo</single>
      <multiple>articoli</multiple>
    </term>
    <term name="book">
      <single>libro</single>
      <multiple>libri</multiple>
    </term>
    <term name="canon">
      <single>canone</single>
      <multiple>canoni</multiple>
    </term>
    <term name="chapter">
      <single>capitolo</single>
      <multiple>capitoli</multiple>
    </term>
    <term name="column">
      <single>colonna</single>
      <multiple>colonne</multiple>
    </term>
    <term name="elocation">
      <single>indirizzo</single>
      <multiple>indirizzi</multiple>
    </term>
    <term name="equation">
      <single>equazione</single>
      <multiple>equazioni</multiple>
    </term>
    <term name="figure">
      <single>figura</single>
      <multiple>figure</multiple>
    </term>
    <term name="folio">
      <single>foglio</single>
      <multiple>fogli</multiple>
    </term>
    <term name="issue" gender="masculine">
      <single>fascicolo</single>
      <multiple>fascicoli</multiple>
    </term>
    <term name="line">
      <single>riga</single>
      <multiple>righe</multiple>
    </term>
    <term name="note">
      <single>nota</single>
      <multiple>note</multiple>
    </term>
    <term name="opus">
      <single>opera</single>
      <multiple>opere</multiple>
    </term>
    <term name="page">
      <single>pagina</single>
      <multiple>pagine</multiple>
    </term>
    <term name="paragraph">
      <single>paragrafo</single>
      <multiple>paragrafi</multiple>
    </term>
    <term name="part">
      <single>parte</single>
      <multiple>parti</multiple>
    </term>
    <term name="rule">
      <single>regola</single>
      <multiple>regole</multiple>
    </term>
    <term name="scene">
      <single>scena</single>
      <multiple>scene</multiple>
    </term>
    <term name="section">
      <single>sezione</single>
      <multiple>sezioni</multiple>
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
      <single>tavola</single>
      <multiple>tavole</multiple>
    </term>
    <term name="timestamp"> <!-- generally blank -->
      <single/>
      <multiple/>
    </term>
    <term name="title-locator">
      <single>titolo</single>
      <multiple>titoli</multiple>
    </term>
    <term name="verse">
      <single>verso</single>
      <multiple>versi</multiple>
    </term>
    <term name="volume" gender="masculine">
      <single>volume</single>
      <multiple>volumi</multiple>
    </term>

    <!-- SHORT LOCATOR FORMS -->
    <term name="appendix" form="short">
      <single>app.</single>
      <multiple>app.</multiple>
    </term>
    <term name="article-locator" form="short">
      <single>art.</single>
      <multiple>art.</multiple>
    </term>
    <term name="book" form="short">lib.</term>
    <term name="chapter" form="short">
      <single>cap.</single>
      <multiple>capp.</multiple>
    </term>
    <term name="column" form="short">col.</term>
    <term name="elocation" form="short">
      <single>loc.</single>
      <multiple>locs.</multiple>
    </term>
    <term name="equation" form="short">
      <single>eq.</single>
      <multiple>eq.</multiple>
    </term>
    <term name="figure" form="short">fig.</term>
    <term name="folio" form="short">fgl.</term>
    <term name="issue" form="short">fasc.</term>
    <term name="line" form="short">r.</term>
    <term name="note" form="short">n.</term>
    <term name="opus" form="short">op.</term>
    <term name="page" form="short">
      <single>p.</single>
      <multiple>pp.</multiple>
    </term>
    <term name="paragraph" form="short">par.</term>
    <term name="part" form="short">pt.</term>
    <term name="rule" form="short">
      <single>r.</single>
      <multiple>r.</multiple>
    </term>
    <term name="scene" form="short">
      <single>sc.</single>
      <multiple>sc.</multiple>
    </term>
    <term name="section" form="short">sez.</term>
    <term name="sub-verbo" form="short">
      <single>s.v.</single>
      <multiple>s.vv.</multiple>
    </term>
    <term name="supplement" form="short">
      <single>supp.</single>
      <multiple>supps.</multiple>
    </term>
    <term name="table" form="short">
      <single>tab.</single>
      <multiple>tab.</multiple>
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
      <multiple>vv.</multiple>
    </term>
    <term name="volume" form="short">
      <single>vol.</single>
      <multiple>voll.</multiple>
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
    <term name="collection-number" gender="masculine">
      <single>fascicolo</single>
      <multiple>fascicoli</multiple>
    </term>
    <term name="edition" gender="feminine">
      <single>edizione</single>
      <multiple>edizioni</multiple>
    </term>
    <term name="first-reference-note-number">
      <single>nota</single>
      <multiple>note</multiple>
    </term>
    <term name="number">
      <single>number</single>
      <multiple>numbers</multiple>
    </term>
    <term name="number-of-pages">
      <single>pagina</single>
      <multiple>pagine</multiple>
    </term>
    <term name="number-of-volumes">
      <single>volume</single>
      <multiple>volumes</multiple>
    </term>
    <term name="page-first">
      <single>page</single>
      <multiple>pages</multiple>
    </term>
    <term name="printing">
      <single>printing</single>
      <multiple>printings</multiple>
    </term>
    <term name="version">versione</term>

    <!-- SHORT NUMBER VARIABLE FORMS -->
    <term name="chapter-number" form="short">
      <single>chap.</single>
      <multiple>chaps.</multiple>
    </term>
    <term name="citation-number" form="short">
      <single>cit.</single>
      <multiple>cits.</multiple>
    </term>
    <term name="collection-number" form="short">fasc.</term>
    <term name="edition" form="short">ed.</term>
    <term name="first-reference-note-number" form="short">n.</term>
    <term name="number" form="short">
      <single>no.</single>
      <multiple>nos.</multiple>
    </term>
    <term name="number-of-pages" form="short">
      <single>p.</single>
      <multiple>pp.</multiple>
    </term>
    <term name="number-of-volumes" form="short">
      <single>vol.</single>
      <multiple>vols.</multiple>
    </term>
    <term name="page-first" form="short">
      <single>p.</single>
      <multiple>pp.</multiple>
    </term>
    <term name="printing" form="short">
      <single>print.</single>
      <multiple>prints.</multiple>
    </term>

    <!-- LONG ROLE FORMS -->
    <term name="author"/> <!-- generally blank -->
    <term name="chair">
      <single>presidente</single>
      <multiple>presidenti</multiple>
    </term>
    <term name="collection-editor">
      <single>ed.</single>
      <multiple>eds.</multiple>
    </term>
    <term name="compiler">
      <single>compilatore</single>
      <multiple>compilatori</multiple>
    </term>
    <term name="composer"/> <!-- generally blank -->
    <term name="container-author"/> <!-- generally blank -->
    <term name="contributor">
      <single>collaboratore</single>
      <multiple>collaboratori</multiple>
    </term>
    <term name="curator">
      <single>curatore</single>
      <multiple>curatori</multiple>
    </term>
    <term name="director">
      <single>regista</single>
      <multiple>registi</multiple>
    </term>
    <term name="editor">
      <single>curatore</single>
      <multiple>curatori</multiple>
    </term>
    <term name="editor-translator">
      <single>curatore e traduttore</single>
      <multiple>curatori e tradutori</multiple>
    </term>
    <term name="editortranslator">
      <single>curatore e traduttore</single>
      <multiple>curatori e tradutori</multiple>
    </term>
    <term name="editorial-director">
      <single>direttore editoriale</single>
      <multiple>direttori editoriali</multiple>
    </term>
    <term name="executive-producer">
      <single>produttore esecutivo</single>
      <multiple>produttori esecutivi</multiple>
    </term>
    <term name="guest">
      <single>ospite</single>
      <multiple>ospiti</multiple>
    </term>
    <term name="host">
      <single>conduttore</single>
      <multiple>conduttori</multiple>
    </term>
    <term name="illustrator">
      <single>illustratore</single>
      <multiple>illustratori</multiple>
    </term>
    <term name="interviewer"/> <!-- generally blank -->
    <term name="narrator">
      <single>narratore</single>
      <multiple>narratori</multiple>
    </term>
    <term name="organizer">
      <single>organizzatore</single>
      <multiple>organizzatori</multiple>
    </term>
    <term name="original-author"/> <!-- generally blank -->
    <term name="performer">
      <single>esecutore</single>
      <multiple>esecutori</multiple>
    </term>
    <term name="producer">
      <single>produttore</single>
      <multiple>produttori</multiple>
    </term>
    <term name="recipient"/> <!-- generally blank -->
    <term name="reviewed-author"/> <!-- generally blank -->
    <term name="script-writer">
      <single>sceneggiatore</single>
      <multiple>sceneggiatori</multiple>
    </term>
    <term name="series-creator">
      <single>autore della serie</single>
      <multiple>autori della serie</multiple>
    </term>
    <term name="translator">
      <single>traduttore</single>
      <multiple>traduttori</multiple>
    </term>

    <!-- SHORT ROLE FORMS -->
    <term name="compiler" form="short">
      <single>comp.</single>
      <multiple>comp.</multiple>
    </term>
    <term name="contributor" form="short">
      <single>collab.</single>
      <multiple>collab.</multiple>
    </term>
    <term name="curator" form="short">
      <single>cur.</single>
      <multiple>cur.</multiple>
    </term>
    <term name="director" form="short">
      <single>reg.</single>
      <multiple>reg.</multiple>
    </term>
    <term name="editor" form="short">
      <single>a c. di</single>
      <multiple>a c. di</multiple>
    </term>
    <term name="editor-translator" form="short">
      <single>cur. e trad.</single>
      <multiple>cur. e trad.</multiple>
    </term>
    <term name="editortranslator" form="short">
      <single>cur. e trad.</single>
      <multiple>cur. e trad.</multiple>
    </term>
    <term name="editorial-director" form="short">
      <single>dir. ed.</single>
      <multiple>dir. ed.</multiple>
    </term>
    <term name="executive-producer" form="short">
      <single>prod.es.</single>
      <multiple>prod. es.</multiple>
    </term>
    <term name="illustrator" form="short">
      <single>ill.</single>
      <multiple>ill.</multiple>
    </term>
    <term name="narrator" form="short">
      <single>narr.</single>
      <multiple>narr.</multiple>
    </term>
    <term name="organizer" form="short">
      <single>org.</single>
      <multiple>org.</multiple>
    </term>
    <term name="performer" form="short">
      <single>esec.</single>
      <multiple>esec.</multiple>
    </term>
    <term name="producer" form="short">
      <single>prod.</single>
      <multiple>prod.</multiple>
    </term>
    <term name="script-writer" form="short">
      <single>scen.</single>
      <multiple>scen.</multiple>
    </term>
    <term name="series-creator" form="short">
      <single>aut. d. serie</single>
      <multiple>aut. d. serie</multiple>
    </term>
    <term name="translator" form="short">
      <single>trad.</single>
      <multiple>trad.</multiple>
    </term>

    <!-- VERB ROLE FORMS -->
    <term name="chair" form="verb">presieduto da</term>
    <term name="collection-editor" form="verb">edited by</term>
    <term name="compiler" form="verb">compilato da</term>
    <term name="container-author" form="verb">di</term>
    <term name="contributor" form="verb">con un contributo di</term>
    <term name="curator" form="verb">a cura di</term>
    <term name="director" form="verb">diretto da</term>
    <term name="editor" form="verb">a cura di</term>
    <term name="editor-translator" form="verb">a cura di e tradotto da</term>
    <term name="editortranslator" form="verb">a cura di e tradotto da</term>
    <term name="editorial-director" form="verb">direzione editoriale di</term>
    <term name="executive-producer" form="verb">produzione esecutiva di</term>
    <term name="guest" form="verb">con ospite</term>
    <term name="host" form="verb">condotto da</term>
    <term name="illustrator" form="verb">illustrato da</term>
    <term name="interviewer" form="verb">intervista di</term>
    <term name="narrator" form="verb">narrato da</term>
    <term name="organizer" form="verb">organizzato da</term>
    <term name="performer" form="verb">esecuzione di</term>
    <term name="producer" form="verb">prodotto da</term>
    <term name="recipient" form="verb">a</term>
    <term name="reviewed-author" form="verb">di</term>
    <term name="script-writer" form="verb">scritto da</term>
    <term name="series-creator" form="verb">creato da</term>
    <term name="translator" form="verb">tradotto da</term>

    <!-- SHORT VERB ROLE FORMS -->
    <term name="collection-editor" form="verb-short">ed. by</term>
    <term name="compiler" form="verb-short">comp. da</term>
    <term name="contributor" form="verb-short">con un contrib. di</term>
    <term name="curator" form="verb-short">a c. di</term>
    <term name="director" form="verb-short">dir. da</term>
    <term name="editor" form="verb-short">a c. di</term>
    <term name="editor-translator" form="verb-short">a c. di e trad. da</term>
    <term name="editortranslator" form="verb-short">a c. di e trad. da</term>
    <term name="editorial-director" form="verb-short">dir. ed. di</term>
    <term name="executive-producer" form="verb-short">prod. esec. di</term>
    <term name="guest" form="verb-short">con osp.</term>
    <term name="host" form="verb-short">cond. da</term>
    <term name="illustrator" form="verb-short">ill. da</term>
    <term name="narrator" form="verb-short">narr. da</term>
    <term name="organizer" form="verb-short">org. da</term>
    <term name="performer" form="verb-short">esec. di</term>
    <term name="producer" form="verb-short">prod. da</term>
    <term name="script-writer" form="verb-short">scr. da</term>
    <term name="series-creator" form="verb-short">cre. da</term>
    <term name="translator" form="verb-short">trad. da</term>

    <!-- LONG MONTH FORMS -->
    <term name="month-01" gender="masculine">gennaio</term>
    <term name="month-02" gender="masculine">febbraio</term>
    <term name="month-03" gender="masculine">marzo</term>
    <term name="month-04" gender="masculine">aprile</term>
    <term name="month-05" gender="masculine">maggio</term>
    <term name="month-06" gender="masculine">giugno</term>
    <term name="month-07" gender="masculine">luglio</term>
    <term name="month-08" gender="masculine">agosto</term>
    <term name="month-09" gender="masculine">settembre</term>
    <term name="month-10" gender="masculine">ottobre</term>
    <term name="month-11" gender="masculine">novembre</term>
    <term name="month-12" gender="masculine">dicembre</term>

    <!-- SHORT MONTH FORMS -->
    <term name="month-01" form="short">gen.</term>
    <term name="month-02" form="short">feb.</term>
    <term name="month-03" form="short">mar.</term>
    <term name="month-04" form="short">apr.</term>
    <term name="month-05" form="short">mag.</term>
    <term name="month-06" form="short">giu.</term>
    <term name="month-07" form="short">lug.</term>
    <term name="month-08" form="short">ago.</term>
    <term name="month-09" form="short">set.</term>
    <term name="month-10" form="short">ott.</term>
    <term name="month-11" form="short">nov.</term>
    <term name="month-12" form="short">dic.</term>

    <!-- SEASONS -->
    <term name="season-01">primavera</term>
    <term name="season-02">estate</term>
    <term name="season-03">autunno</term>
    <term name="season-04">inverno</term>
  </terms>
</locale>
`
