// Vendored CSL locale: locales-pl-PL.xml from https://github.com/citation-style-language/locales
// (commit 938c09c164a60b3cfeabe61089f1bf4c3ea6a4ed; sha256 6b87b767e2b08bdd3fd18f459b0001c30fc9980c53d90dea3e3c166d6c23327f).
// Licence: CC BY-SA 3.0 (see ./README.md). Regenerate with scripts/vendor-csl.ts; do not edit by hand.
export const LOCALE_PL_PL = String.raw`<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="pl-PL">
  <info>
    <translator>
      <name>pAo</name>
    </translator>
    <translator>
      <name>Michal</name>
    </translator>
    <translator>
      <name>Pendzoncymisio</name>
    </translator>
    <translator>
      <name>Natalia L</name>
    </translator>
    <translator>
      <name>Kacper Kłosowski</name>
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
    <date-part name="day" form="numeric-leading-zeros" suffix="."/>
    <date-part name="month" form="numeric-leading-zeros" suffix="."/>
    <date-part name="year"/>
  </date>
  <terms>
    <!-- LONG GENERAL TERMS -->
    <term name="accessed">dostęp</term>
    <term name="advance-online-publication">advance online publication</term>
    <term name="album">album</term>
    <term name="and">i</term>
    <term name="and others">i inni</term>
    <term name="anonymous">anonim</term>
    <term name="at">na</term>
    <term name="audio-recording">nagranie dźwiękowe</term>
    <term name="available at">dostępne na</term>
    <term name="by">przez</term>
    <term name="circa">około</term>
    <term name="cited">cytowane</term>
    <term name="et-al">et al.</term> <!-- Translated 'i in.' is used less commonly -->
    <term name="film">film</term>
    <term name="forthcoming">w przygotowaniu</term>
    <term name="from">z</term>
    <term name="henceforth">odtąd</term>
    <term name="ibid">ibid.</term>
    <term name="in">w</term>
    <term name="in press">w druku</term>
    <term name="internet">internet</term>
    <term name="letter">list</term>
    <term name="loc-cit">loc. cit.</term> <!-- like ibid., the abbreviated form is the regular form  -->
    <term name="no date">brak daty</term>
    <term name="no-place">brak miejsca wydania</term>
    <term name="no-publisher">brak wydawcy</term> <!-- sine nomine -->
    <term name="on">na</term>
    <term name="online">online</term>
    <term name="op-cit">op. cit.</term> <!-- like ibid., the abbreviated form is the regular form  -->
    <term name="original-work-published">wydanie oryginalne</term>
    <term name="personal-communication">korespondencja prywatna</term>
    <term name="podcast">podcast</term>
    <term name="podcast-episode">odcinek podcastu</term>
    <term name="preprint">preprint</term>
    <term name="presented at">zaprezentowano na</term>
    <term name="radio-broadcast">audycja radiowa</term>
    <term name="radio-series">serial radiowy</term>
    <term name="radio-series-episode">odcinek serialu radiowego</term>
    <term name="reference">
      <single>referencja</single>
      <multiple>referencje</multiple>
    </term>
    <term name="retrieved">pobrano</term>
    <term name="review-of">recenzja</term>
    <term name="scale">skala</term>
    <term name="special-issue">wydanie specjalne</term>
    <term name="special-section">sekcja specjalna</term>
    <term name="television-broadcast">transmisja telewizyjna</term>
    <term name="television-series">serial telewizyjny</term>
    <term name="television-series-episode">odcinek serialu telewizyjnego</term>
    <term name="video">wideo</term>
    <term name="working-paper">working paper</term>

    <!-- SHORT GENERAL TERMS -->
    <term name="anonymous" form="short">anon.</term>
    <term name="circa" form="short">ok.</term>
    <term name="no date" form="short">b.d.</term>
    <term name="no-place" form="short">b.m.</term>
    <term name="no-publisher" form="short">b.w.</term>
    <term name="reference" form="short">
      <single>ref.</single>
      <multiple>ref.</multiple>
    </term>
    <term name="review-of" form="short">rec.</term>

    <!-- SYMBOLIC GENERAL FORMS -->

    <!-- LONG ITEM TYPE FORMS -->
    <term name="article">preprint</term>
    <term name="article-journal">journal article</term>
    <term name="article-magazine">magazine article</term>
    <term name="article-newspaper">newspaper article</term>
    <term name="bill">bill</term>
    <!-- book is in the list of locator terms -->
    <term name="broadcast">broadcast</term>
    <!-- chapter is in the list of locator terms -->
    <term name="classic">classic</term>
    <term name="collection">collection</term>
    <term name="dataset">dataset</term>
    <term name="document">document</term>
    <term name="entry">hasło</term>
    <term name="entry-dictionary">hasło w słowniku</term>
    <term name="entry-encyclopedia">hasło w encyklopedii</term>
    <term name="event">event</term>
    <!-- figure is in the list of locator terms -->
    <term name="graphic">graphic</term>
    <term name="hearing">hearing</term>
    <term name="interview">wywiad</term>
    <term name="legal_case">legal case</term>
    <term name="legislation">legislation</term>
    <term name="manuscript">manuscript</term>
    <term name="map">map</term>
    <term name="motion_picture">video recording</term>
    <term name="musical_score">musical score</term>
    <term name="pamphlet">pamphlet</term>
    <term name="paper-conference">conference paper</term>
    <term name="patent">patent</term>
    <term name="performance">performance</term>
    <term name="periodical">periodical</term>
    <term name="personal_communication">osobista komunikacja</term>
    <term name="post">post</term>
    <term name="post-weblog">blog post</term>
    <term name="regulation">regulation</term>
    <term name="report">report</term>
    <term name="review">review</term>
    <term name="review-book">book review</term>
    <term name="software">software</term>
    <term name="song">audio recording</term>
    <term name="speech">presentation</term>
    <term name="standard">standard</term>
    <term name="thesis">thesis</term>
    <term name="treaty">treaty</term>
    <term name="webpage">webpage</term>

    <!-- SHORT ITEM TYPE FORMS -->
    <term name="article-journal" form="short">journal art.</term>
    <term name="article-magazine" form="short">mag. art.</term>
    <term name="article-newspaper" form="short">newspaper art.</term>
    <!-- book is in the list of locator terms -->
    <!-- chapter is in the list of locator terms -->
    <term name="document" form="short">doc.</term>
    <!-- figure is in the list of locator terms -->
    <term name="graphic" form="short">graph.</term>
    <term name="interview" form="short">interv.</term>
    <term name="manuscript" form="short">MS</term>
    <term name="motion_picture" form="short">video rec.</term>
    <term name="report" form="short">rep.</term>
    <term name="review" form="short">rev.</term>
    <term name="review-book" form="short">bk. rev.</term>
    <term name="song" form="short">audio rec.</term>

    <!-- LONG VERB ITEM TYPE FORMS -->
    <!-- Only where applicable -->
    <term name="hearing" form="verb">testimony of</term>
    <term name="review" form="verb">review of</term>
    <term name="review-book" form="verb">review of the book</term>

    <!-- SHORT VERB ITEM TYPE FORMS -->

    <!-- HISTORICAL ERA TERMS -->
    <term name="ad">n.e.</term>
    <term name="bc">p.n.e.</term>
    <term name="bce">BCE</term>
    <term name="ce">CE</term>

    <!-- PUNCTUATION -->
    <term name="open-quote">„</term>
    <term name="close-quote">”</term>
    <term name="open-inner-quote">«</term>
    <term name="close-inner-quote">»</term>
    <term name="page-range-delimiter">–</term>
    <term name="colon">:</term>
    <term name="comma">,</term>
    <term name="semicolon">;</term>

    <!-- ORDINALS -->
    <term name="ordinal">.</term>

    <!-- LONG ORDINALS -->
    <term name="long-ordinal-01">pierwszy</term>
    <term name="long-ordinal-02">drugi</term>
    <term name="long-ordinal-03">trzeci</term>
    <term name="long-ordinal-04">czwarty</term>
    <term name="long-ordinal-05">piąty</term>
    <term name="long-ordinal-06">szósty</term>
    <term name="long-ordinal-07">siódmy</term>
    <term name="long-ordinal-08">ósmy</term>
    <term name="long-ordinal-09">dziewiąty</term>
    <term name="long-ordinal-10">dziesiąty</term>

    <!-- LONG LOCATOR FORMS -->
    <term name="act">
      <single>akt</single>
      <multiple>akty</multiple>
    </term>
    <term name="appendix"> <!--see: https://sjp.pwn.pl/poradnia/haslo/Aneks-a-apendyks;22723.html-->
      <single>załącznik</single>
      <multiple>załączniki</multiple>
    </term>
    <term name="article-locator">
      <single>artykuł</single>
      <multiple>artykuły</multiple>
    </term>
    <term name="book">
      <single>książka</single>
      <multiple>książki</multiple>
    </term>
    <term name="canon">
      <single>kanon</single>
      <multiple>kanony</multiple>
    </term>
    <term name="chapter">
      <single>rozdział</single>
      <multiple>rozdziały</multiple>
    </term>
    <term name="column">
      <single>kolumna</single>
      <multiple>kolumny</multiple>
    </term>
    <term name="elocation">
      <single>lokalizacja</single>
      <multiple>lokalizacje</multiple>
    </term>
    <term name="equation">
      <single>równanie</single>
      <multiple>równania</multiple>
    </term>
    <term name="figure">
      <single>rycina</single>
      <multiple>ryciny</multiple>
    </term>
    <term name="folio">
      <single>folio</single>
      <multiple>folio</multiple>
    </term>
    <term name="issue">
      <single>numer</single>
      <multiple>numery</multiple>
    </term>
    <term name="line">
      <single>wiersz</single>
      <multiple>wiersze</multiple>
    </term>
    <term name="note">
      <single>notatka</single>
      <multiple>notatki</multiple>
    </term>
    <term name="opus">
      <single>opus</single>
      <multiple>opera</multiple>
    </term>
    <term name="page">
      <single>strona</single>
      <multiple>strony</multiple>
    </term>
    <term name="paragraph">
      <single>akapit</single>
      <multiple>akapity</multiple>
    </term>
    <term name="part">
      <single>część</single>
      <multiple>części</multiple>
    </term>
    <term name="rule">
      <single>zasada</single>
      <multiple>zasady</multiple>
    </term>
    <term name="scene">
      <single>scena</single>
      <multiple>sceny</multiple>
    </term>
    <term name="section">
      <single>sekcja</single>
      <multiple>sekcje</multiple>
    </term>
    <term name="sub-verbo">
      <single>sub verbo</single>
      <multiple>sub verbis</multiple>
    </term>
    <term name="supplement">
      <single>suplement</single>
      <multiple>suplementy</multiple>
    </term>
    <term name="table">
      <single>tabela</single>
      <multiple>tabele</multiple>
    </term>
    <term name="timestamp"> <!-- generally blank -->
      <single/>
      <multiple/>
    </term>
    <term name="title-locator">
      <single>tytuł</single>
      <multiple>tytuły</multiple>
    </term>
    <term name="verse">
      <single>wers</single>
      <multiple>wersy</multiple>
    </term>
    <term name="volume">
      <single>tom</single>
      <multiple>tomy</multiple>
    </term>

    <!-- SHORT LOCATOR FORMS -->
    <term name="appendix" form="short"> <!--see: https://sjp.pwn.pl/poradnia/haslo/Aneks-a-apendyks;22723.html-->
      <single>zał.</single>
      <multiple>zał.</multiple>
    </term>
    <term name="article-locator" form="short">
      <single>art.</single>
      <multiple>art.</multiple>
    </term>
    <term name="book" form="short">książka</term>
    <term name="chapter" form="short">rozdz.</term>
    <term name="column" form="short">kol.</term>
    <term name="elocation" form="short">
      <single>lok.</single>
      <multiple>lok.</multiple>
    </term>
    <term name="equation" form="short">
      <single>równ.</single>
      <multiple>równ.</multiple>
    </term>
    <term name="figure" form="short">ryc.</term>
    <term name="folio" form="short">fol.</term>
    <term name="issue" form="short">nr</term>
    <term name="line" form="short">l.</term>
    <term name="note" form="short">n.</term>
    <term name="opus" form="short">op.</term>
    <term name="page" form="short">
      <single>s.</single>
      <multiple>s.</multiple>
    </term>
    <term name="paragraph" form="short">akap.</term>
    <term name="part" form="short">cz.</term>
    <term name="rule" form="short">
      <single>zas.</single>
      <multiple>zas.</multiple>
    </term>
    <term name="scene" form="short">
      <single>sc.</single>
      <multiple>sc.</multiple>
    </term>
    <term name="section" form="short">sekc.</term>
    <term name="sub-verbo" form="short">
      <single>s.v.</single>
      <multiple>s.vv.</multiple>
    </term>
    <term name="supplement" form="short">
      <single>sup.</single>
      <multiple>sup.</multiple>
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
      <single>tyt.</single>
      <multiple>tyt.</multiple>
    </term>
    <term name="verse" form="short">
      <single>w.</single>
      <multiple>w.</multiple>
    </term>
    <term name="volume" form="short">
      <single>t.</single>
      <multiple>t.</multiple>
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
      <single>rozdział</single>
      <multiple>rozdziały</multiple>
    </term>
    <term name="citation-number">
      <single>cytowanie</single>
      <multiple>cytowania</multiple>
    </term>
    <term name="collection-number">
      <single>numer</single>
      <multiple>numery</multiple>
    </term>
    <term name="edition">
      <single>wydanie</single>
      <multiple>wydania</multiple>
    </term>
    <term name="first-reference-note-number">
      <single>notatka</single>
      <multiple>notatki</multiple>
    </term>
    <term name="number">
      <single>numer</single>
      <multiple>numery</multiple>
    </term>
    <term name="number-of-pages">
      <single>strona</single>
      <multiple>strony</multiple>
    </term>
    <term name="number-of-volumes">
      <single>tom</single>
      <multiple>tomy</multiple>
    </term>
    <term name="page-first">
      <single>strona</single>
      <multiple>strony</multiple>
    </term>
    <term name="printing">
      <single>druk</single>
      <multiple>druki</multiple>
    </term>
    <term name="version">wersja</term>

    <!-- SHORT NUMBER VARIABLE FORMS -->
    <term name="chapter-number" form="short">
      <single>rozdz.</single>
      <multiple>rozdz.</multiple>
    </term>
    <term name="citation-number" form="short">
      <single>cyt.</single>
      <multiple>cyt.</multiple>
    </term>
    <term name="collection-number" form="short">
      <single>nr</single>
      <multiple>nr.</multiple>
    </term>
    <term name="edition" form="short">wyd.</term>
    <term name="first-reference-note-number" form="short">n.</term>
    <term name="number" form="short">
      <single>nr</single>
      <multiple>nr.</multiple>
    </term>
    <term name="number-of-pages" form="short">
      <single>s.</single>
      <multiple>s.</multiple>
    </term>
    <term name="number-of-volumes" form="short">
      <single>t.</single>
      <multiple>t.</multiple>
    </term>
    <term name="page-first" form="short">
      <single>s.</single>
      <multiple>s.</multiple>
    </term>
    <term name="printing" form="short">
      <single>druk</single>
      <multiple>druk.</multiple>
    </term>

    <!-- LONG ROLE FORMS -->
    <term name="author"/> <!-- generally blank -->
    <term name="chair">
      <single>chair</single>
      <multiple>chairs</multiple>
    </term>
    <term name="collection-editor">
      <single>ed.</single>
      <multiple>eds.</multiple>
    </term>
    <term name="compiler">
      <single>compiler</single>
      <multiple>compilers</multiple>
    </term>
    <term name="composer"/> <!-- generally blank -->
    <term name="container-author"/> <!-- generally blank -->
    <term name="contributor">
      <single>contributor</single>
      <multiple>contributors</multiple>
    </term>
    <term name="curator">
      <single>curator</single>
      <multiple>curators</multiple>
    </term>
    <term name="director">
      <single>reżyser</single>
      <multiple>reżyserzy</multiple>
    </term>
    <term name="editor">
      <single>redaktor</single>
      <multiple>redaktorzy</multiple>
    </term>
    <term name="editor-translator">
      <single>redaktor &amp; tłumacz</single>
      <multiple>redaktorzy &amp; tłumacze</multiple>
    </term>
    <term name="editortranslator">
      <single>redaktor &amp; tłumacz</single>
      <multiple>redaktorzy &amp; tłumacze</multiple>
    </term>
    <term name="editorial-director">
      <single>edytor</single>
      <multiple>edytorzy</multiple>
    </term>
    <term name="executive-producer">
      <single>executive producer</single>
      <multiple>executive producers</multiple>
    </term>
    <term name="guest">
      <single>guest</single>
      <multiple>guests</multiple>
    </term>
    <term name="host">
      <single>host</single>
      <multiple>hosts</multiple>
    </term>
    <term name="illustrator">
      <single>ilustrator</single>
      <multiple>ilustratorzy</multiple>
    </term>
    <term name="interviewer"/> <!-- generally blank -->
    <term name="narrator">
      <single>narrator</single>
      <multiple>narrators</multiple>
    </term>
    <term name="organizer">
      <single>organizer</single>
      <multiple>organizers</multiple>
    </term>
    <term name="original-author"/> <!-- generally blank -->
    <term name="performer">
      <single>performer</single>
      <multiple>performers</multiple>
    </term>
    <term name="producer">
      <single>producer</single>
      <multiple>producers</multiple>
    </term>
    <term name="recipient"/> <!-- generally blank -->
    <term name="reviewed-author"/> <!-- generally blank -->
    <term name="script-writer">
      <single>writer</single>
      <multiple>writers</multiple>
    </term>
    <term name="series-creator">
      <single>series creator</single>
      <multiple>series creators</multiple>
    </term>
    <term name="translator">
      <single>tłumacz</single>
      <multiple>tłumacze</multiple>
    </term>

    <!-- SHORT ROLE FORMS -->
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
      <single>reż.</single>
      <multiple>reż.</multiple>
    </term>
    <term name="editor" form="short">
      <single>red.</single>
      <multiple>red.</multiple>
    </term>
    <term name="editor-translator" form="short">
      <single>red.tłum.</single>
      <multiple>red.tłum.</multiple>
    </term>
    <term name="editortranslator" form="short">
      <single>red.tłum.</single>
      <multiple>red.tłum.</multiple>
    </term>
    <term name="editorial-director" form="short">
      <single>red.</single>
      <multiple>red.</multiple>
    </term>
    <term name="executive-producer" form="short">
      <single>exec. prod.</single>
      <multiple>exec. prods.</multiple>
    </term>
    <term name="illustrator" form="short">
      <single>il.</single>
      <multiple>il.</multiple>
    </term>
    <term name="narrator" form="short">
      <single>narr.</single>
      <multiple>narrs.</multiple>
    </term>
    <term name="organizer" form="short">
      <single>org.</single>
      <multiple>orgs.</multiple>
    </term>
    <term name="performer" form="short">
      <single>perf.</single>
      <multiple>perfs.</multiple>
    </term>
    <term name="producer" form="short">
      <single>prod.</single>
      <multiple>prods.</multiple>
    </term>
    <term name="script-writer" form="short">
      <single>writ.</single>
      <multiple>writs.</multiple>
    </term>
    <term name="series-creator" form="short">
      <single>cre.</single>
      <multiple>cres.</multiple>
    </term>
    <term name="translator" form="short">
      <single>tłum.</single>
      <multiple>tłum.</multiple>
    </term>

    <!-- VERB ROLE FORMS -->
    <term name="chair" form="verb">chaired by</term>
    <term name="collection-editor" form="verb">edited by</term>
    <term name="compiler" form="verb">compiled by</term>
    <term name="container-author" form="verb">przez</term>
    <term name="contributor" form="verb">with</term>
    <term name="curator" form="verb">curated by</term>
    <term name="director" form="verb">reżyserowane przez</term>
    <term name="editor" form="verb">zredagowane przez</term>
    <term name="editor-translator" form="verb">zredagowane i przetłumaczone przez</term>
    <term name="editortranslator" form="verb">zredagowane i przetłumaczone przez</term>
    <term name="editorial-director" form="verb">zredagowane przez</term>
    <term name="executive-producer" form="verb">executive produced by</term>
    <term name="guest" form="verb">with guest</term>
    <term name="host" form="verb">hosted by</term>
    <term name="illustrator" form="verb">ilustrowane przez</term>
    <term name="interviewer" form="verb">przeprowadzony przez</term>
    <term name="narrator" form="verb">narrated by</term>
    <term name="organizer" form="verb">organized by</term>
    <term name="performer" form="verb">performed by</term>
    <term name="producer" form="verb">produced by</term>
    <term name="recipient" form="verb">dla</term>
    <term name="reviewed-author" form="verb">przez</term>
    <term name="script-writer" form="verb">written by</term>
    <term name="series-creator" form="verb">created by</term>
    <term name="translator" form="verb">przetłumaczone przez</term>

    <!-- SHORT VERB ROLE FORMS -->
    <term name="collection-editor" form="verb-short">ed. by</term>
    <term name="compiler" form="verb-short">comp. by</term>
    <term name="contributor" form="verb-short">w.</term>
    <term name="curator" form="verb-short">cur. by</term>
    <term name="director" form="verb-short">reż.</term>
    <term name="editor" form="verb-short">red.</term>
    <term name="editor-translator" form="verb-short">red.tłum.</term>
    <term name="editortranslator" form="verb-short">red.tłum.</term>
    <term name="editorial-director" form="verb-short">red.</term>
    <term name="executive-producer" form="verb-short">exec. prod. by</term>
    <term name="guest" form="verb-short">w. guest</term>
    <term name="host" form="verb-short">hosted by</term>
    <term name="illustrator" form="verb-short">il.</term>
    <term name="narrator" form="verb-short">narr. by</term>
    <term name="organizer" form="verb-short">org. by</term>
    <term name="performer" form="verb-short">perf. by</term>
    <term name="producer" form="verb-short">prod. by</term>
    <term name="script-writer" form="verb-short">writ. by</term>
    <term name="series-creator" form="verb-short">cre. by</term>
    <term name="translator" form="verb-short">tłum.</term>

    <!-- LONG MONTH FORMS -->
    <term name="month-01">stycznia</term>
    <term name="month-02">lutego</term>
    <term name="month-03">marca</term>
    <term name="month-04">kwietnia</term>
    <term name="month-05">maja</term>
    <term name="month-06">czerwca</term>
    <term name="month-07">lipca</term>
    <term name="month-08">sierpnia</term>
    <term name="month-09">września</term>
    <term name="month-10">października</term>
    <term name="month-11">listopada</term>
    <term name="month-12">grudnia</term>

    <!-- SHORT MONTH FORMS -->
    <term name="month-01" form="short">sty.</term>
    <term name="month-02" form="short">lut.</term>
    <term name="month-03" form="short">mar.</term>
    <term name="month-04" form="short">kwi.</term>
    <term name="month-05" form="short">maja</term>
    <term name="month-06" form="short">cze.</term>
    <term name="month-07" form="short">lip.</term>
    <term name="month-08" form="short">sie.</term>
    <term name="month-09" form="short">wrz.</term>
    <term name="month-10" form="short">paź.</term>
    <term name="month-11" form="short">lis.</term>
    <term name="month-12" form="short">grud.</term>

    <!-- SEASONS -->
    <term name="season-01">wiosna</term>
    <term name="season-02">lato</term>
    <term name="season-03">jesień</term>
    <term name="season-04">zima</term>
  </terms>
</locale>
`
