// Vendored CSL locale: locales-de-DE.xml from https://github.com/citation-style-language/locales
// (commit 938c09c164a60b3cfeabe61089f1bf4c3ea6a4ed; sha256 279b111d0343c05a824b7a9d5465b3d062691cdc1f022d97527f04514dcfee93).
// Licence: CC BY-SA 3.0 (see ./README.md). Regenerate with scripts/vendor-csl.ts; do not edit by hand.
export const LOCALE_DE_DE = String.raw`<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="de-DE">
  <info>
    <translator>
      <name>Till A. Heilmann</name>
    </translator>
    <translator>
      <name>Ulrich</name>
    </translator>
    <translator>
      <name>Rintze M. Zelle</name>
    </translator>
    <translator>
      <name>Sebastian Karcher</name>
    </translator>
    <translator>
      <name>jakov</name>
    </translator>
    <translator>
      <name>Patrick O'Brien</name>
    </translator>
    <translator>
      <name>Nicolas Chachereau</name>
    </translator>
    <rights license="http://creativecommons.org/licenses/by-sa/3.0/">This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License</rights>
    <updated>2025-10-16T03:24:00+00:00</updated>
  </info>
  <style-options punctuation-in-quote="false"/>
  <date form="text">
    <date-part name="day" form="ordinal" suffix=" "/>
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
    <term name="accessed">zugegriffen</term>
    <term name="advance-online-publication">Online-Vorab-Publikation</term>
    <term name="album">Album</term>
    <term name="and">und</term>
    <term name="and others">und andere</term>
    <term name="anonymous">ohne Autor</term>
    <term name="at">auf</term>
    <term name="audio-recording">Tonaufnahme</term>
    <term name="available at">verfügbar unter</term>
    <term name="by">von</term>
    <term name="circa">circa</term>
    <term name="cited">zitiert</term>
    <term name="et-al">u.&#160;a.</term>
    <term name="film">Film</term>
    <term name="forthcoming">i.&#160;E.</term>
    <term name="from">von</term>
    <term name="henceforth">zukünftig</term>
    <term name="ibid">ebd.</term>
    <term name="in">in</term>
    <term name="in press">im Druck</term>
    <term name="internet">Internet</term>
    <term name="letter">Brief</term>
    <term name="loc-cit">loc. cit.</term> <!-- like ibid., the abbreviated form is the regular form  -->
    <term name="no date">ohne Datum</term>
    <term name="no-place">ohne Ort</term>
    <term name="no-publisher">ohne Verlag</term> <!-- sine nomine -->
    <term name="on">auf</term>
    <term name="online">online</term>
    <term name="op-cit">op. cit.</term> <!-- like ibid., the abbreviated form is the regular form  -->
    <term name="original-work-published">Ursprünglich erschienen</term>
    <term name="personal-communication">persönliche Kommunikation</term>
    <term name="podcast">Podcast</term>
    <term name="podcast-episode">Podcast-Episode</term>
    <term name="preprint">Preprint</term>
    <term name="presented at">gehalten auf der</term>
    <term name="radio-broadcast">Radioaufzeichnung</term>
    <term name="radio-series">Sendereihe</term>
    <term name="radio-series-episode">Sendereihenfolge</term>
    <term name="reference">
      <single>Referenz</single>
      <multiple>Referenzen</multiple>
    </term>
    <term name="retrieved">abgerufen</term>
    <term name="review-of">review of</term>
    <term name="scale">Maßstab</term>
    <term name="special-issue">Spezialausgabe</term>
    <term name="special-section">Sonderbereich</term>
    <term name="television-broadcast">Fernsehsendung</term>
    <term name="television-series">Fernsehserie</term>
    <term name="television-series-episode">Serienfolge</term>
    <term name="video">Video</term>
    <term name="working-paper">Arbeitspapier</term>

    <!-- SHORT GENERAL TERMS -->
    <term name="anonymous" form="short">o.&#160;A.</term>
    <term name="circa" form="short">ca.</term>
    <term name="no date" form="short">o.&#160;J.</term>
    <term name="no-place" form="short">o.&#160;O.</term>
    <term name="no-publisher" form="short">o.&#160;V.</term>
    <term name="reference" form="short">
      <single>Ref.</single>
      <multiple>Ref.</multiple>
    </term>
    <term name="review-of" form="short">rev. of</term>

    <!-- SYMBOLIC GENERAL FORMS -->

    <!-- LONG ITEM TYPE FORMS -->
    <term name="article">preprint</term>
    <term name="article-journal">Zeitschriftenartikel</term>
    <term name="article-magazine">Magazinartikel</term>
    <term name="article-newspaper">Zeitungsartikel</term>
    <term name="bill">Gesetzentwurf</term>
    <!-- book is in the list of locator terms -->
    <term name="broadcast">Sendung</term>
    <!-- chapter is in the list of locator terms -->
    <term name="classic">Klassiker</term>
    <term name="collection">Sammlung</term>
    <term name="dataset">Datensatz</term>
    <term name="document">Dokument</term>
    <term name="entry">Eintrag</term>
    <term name="entry-dictionary">Wörterbucheintrag</term>
    <term name="entry-encyclopedia">Lexikoneintrag</term>
    <term name="event">Event</term>
    <!-- figure is in the list of locator terms -->
    <term name="graphic">Bild</term>
    <term name="hearing">Anhörung</term>
    <term name="interview">Interview</term>
    <term name="legal_case">Rechtsfall</term>
    <term name="legislation">Gesetz</term>
    <term name="manuscript">Manuskript</term>
    <term name="map">Karte</term>
    <term name="motion_picture">Videoaufnahme</term>
    <term name="musical_score">Partitur</term>
    <term name="pamphlet">Broschüre</term>
    <term name="paper-conference">Konferenzbeitrag</term>
    <term name="patent">Patent</term>
    <term name="performance">Aufführung</term>
    <term name="periodical">Zeitschrift</term>
    <term name="personal_communication">persönliche Kommunikation</term>
    <term name="post">Post</term>
    <term name="post-weblog">Blogeintrag</term>
    <term name="regulation">Verordnung</term>
    <term name="report">Bericht</term>
    <term name="review">Rezension</term>
    <term name="review-book">Buchbesprechung</term>
    <term name="software">Software</term>
    <term name="song">Audioaufnahme</term>
    <term name="speech">Vortrag</term>
    <term name="standard">Norm</term>
    <term name="thesis">Abschlussarbeit</term>
    <term name="treaty">Abkommen</term>
    <term name="webpage">Webseite</term>

    <!-- SHORT ITEM TYPE FORMS -->
    <term name="article-journal" form="short">Zeitschriftenart.</term>
    <term name="article-magazine" form="short">Mag. Art.</term>
    <term name="article-newspaper" form="short">newspaper art.</term>
    <!-- book is in the list of locator terms -->
    <!-- chapter is in the list of locator terms -->
    <term name="document" form="short">doc.</term>
    <!-- figure is in the list of locator terms -->
    <term name="graphic" form="short">Bild</term>
    <term name="interview" form="short">Interv.</term>
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
    <term name="ad">&#160;n.&#160;Chr.</term>
    <term name="bc">&#160;v.&#160;Chr.</term>
    <term name="bce">BCE</term>
    <term name="ce">CE</term>

    <!-- PUNCTUATION -->
    <term name="open-quote">„</term>
    <term name="close-quote">“</term>
    <term name="open-inner-quote">‚</term>
    <term name="close-inner-quote">‘</term>
    <term name="page-range-delimiter">–</term>
    <term name="colon">:</term>
    <term name="comma">,</term>
    <term name="semicolon">;</term>

    <!-- ORDINALS -->
    <term name="ordinal">.</term>

    <!-- LONG ORDINALS -->
    <term name="long-ordinal-01">erster</term>
    <term name="long-ordinal-02">zweiter</term>
    <term name="long-ordinal-03">dritter</term>
    <term name="long-ordinal-04">vierter</term>
    <term name="long-ordinal-05">fünfter</term>
    <term name="long-ordinal-06">sechster</term>
    <term name="long-ordinal-07">siebter</term>
    <term name="long-ordinal-08">achter</term>
    <term name="long-ordinal-09">neunter</term>
    <term name="long-ordinal-10">zehnter</term>

    <!-- LONG LOCATOR FORMS -->
    <term name="act">
      <single>Akt</single>
      <multiple>Akten</multiple>
    </term>
    <term name="appendix">
      <single>Appendix</single>
      <multiple>Appendices</multiple>
    </term>
    <term name="article-locator">
      <single>Artikel</single>
      <multiple>Artikel</multiple>
    </term>
    <term name="book">
      <single>Buch</single>
      <multiple>Bücher</multiple>
    </term>
    <term name="canon">
      <single>canon</single>
      <multiple>canons</multiple>
    </term>
    <term name="chapter">
      <single>Kapitel</single>
      <multiple>Kapitel</multiple>
    </term>
    <term name="column">
      <single>Spalte</single>
      <multiple>Spalten</multiple>
    </term>
    <term name="elocation">
      <single>location</single>
      <multiple>locations</multiple>
    </term>
    <term name="equation">
      <single>equation</single>
      <multiple>equations</multiple>
    </term>
    <term name="figure">
      <single>Abbildung</single>
      <multiple>Abbildungen</multiple>
    </term>
    <term name="folio">
      <single>Blatt</single>
      <multiple>Blätter</multiple>
    </term>
    <term name="issue">
      <single>Nummer</single>
      <multiple>Nummern</multiple>
    </term>
    <term name="line">
      <single>Zeile</single>
      <multiple>Zeilen</multiple>
    </term>
    <term name="note">
      <single>Anmerkung</single>
      <multiple>Anmerkungen</multiple>
    </term>
    <term name="opus">
      <single>Opus</single>
      <multiple>Opera</multiple>
    </term>
    <term name="page">
      <single>Seite</single>
      <multiple>Seiten</multiple>
    </term>
    <term name="paragraph">
      <single>Absatz</single>
      <multiple>Absätze</multiple>
    </term>
    <term name="part">
      <single>Teil</single>
      <multiple>Teile</multiple>
    </term>
    <term name="rule">
      <single>rule</single>
      <multiple>rules</multiple>
    </term>
    <term name="scene">
      <single>scene</single>
      <multiple>scenes</multiple>
    </term>
    <term name="section">
      <single>Abschnitt</single>
      <multiple>Abschnitte</multiple>
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
      <single>table</single>
      <multiple>tables</multiple>
    </term>
    <term name="timestamp"> <!-- generally blank -->
      <single/>
      <multiple/>
    </term>
    <term name="title-locator">
      <single>title</single>
      <multiple>titles</multiple>
    </term>
    <term name="verse">
      <single>Vers</single>
      <multiple>Verse</multiple>
    </term>
    <term name="volume">
      <single>Band</single>
      <multiple>Bände</multiple>
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
    <term name="book" form="short">B.</term>
    <term name="chapter" form="short">Kap.</term>
    <term name="column" form="short">Sp.</term>
    <term name="elocation" form="short">
      <single>loc.</single>
      <multiple>locs.</multiple>
    </term>
    <term name="equation" form="short">
      <single>eq.</single>
      <multiple>eqs.</multiple>
    </term>
    <term name="figure" form="short">Abb.</term>
    <term name="folio" form="short">Fol.</term>
    <term name="issue" form="short">Nr.</term>
    <term name="line" form="short">Z.</term>
    <term name="note" form="short">Anm.</term>
    <term name="opus" form="short">op.</term>
    <term name="page" form="short">
      <single>S.</single>
      <multiple>S.</multiple>
    </term>
    <term name="paragraph" form="short">Abs.</term>
    <term name="part" form="short">Teil</term>
    <term name="rule" form="short">
      <single>r.</single>
      <multiple>rr.</multiple>
    </term>
    <term name="scene" form="short">
      <single>sc.</single>
      <multiple>scs.</multiple>
    </term>
    <term name="section" form="short">Abschn.</term>
    <term name="sub-verbo" form="short">
      <single>s.&#160;v.</single>
      <multiple>s.&#160;vv.</multiple>
    </term>
    <term name="supplement" form="short">
      <single>supp.</single>
      <multiple>supps.</multiple>
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
      <single>V.</single>
      <multiple>V.</multiple>
    </term>
    <term name="volume" form="short">
      <single>Bd.</single>
      <multiple>Bde.</multiple>
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
      <single>Nummer</single>
      <multiple>Nummern</multiple>
    </term>
    <term name="edition">
      <single>Auflage</single>
      <multiple>Auflagen</multiple>
    </term>
    <term name="first-reference-note-number">
      <single>Ref.</single>
      <multiple>Ref.</multiple>
    </term>
    <term name="number">
      <single>Nummer</single>
      <multiple>Nummern</multiple>
    </term>
    <term name="number-of-pages">
      <single>Seite</single>
      <multiple>Seiten</multiple>
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
    <term name="version">Version</term>

    <!-- SHORT NUMBER VARIABLE FORMS -->
    <term name="chapter-number" form="short">
      <single>chap.</single>
      <multiple>chaps.</multiple>
    </term>
    <term name="citation-number" form="short">
      <single>cit.</single>
      <multiple>cits.</multiple>
    </term>
    <term name="collection-number" form="short">Nr.</term>
    <term name="edition" form="short">Aufl.</term>
    <term name="first-reference-note-number" form="short">
      <single>Ref.</single>
      <multiple>Ref.</multiple>
    </term>
    <term name="number" form="short">
      <single>Nr.</single>
      <multiple>Nr.</multiple>
    </term>
    <term name="number-of-pages" form="short">
      <single>S.</single>
      <multiple>S.</multiple>
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
      <single>Vorsitz</single>
      <multiple>Vorsitz</multiple>
    </term>
    <term name="collection-editor">
      <single>Reihenherausgeber</single>
      <multiple>Reihenherausgeber</multiple>
    </term>
    <term name="compiler">
      <single>Bearbeiter</single>
      <multiple>Bearbeiter</multiple>
    </term>
    <term name="composer"/> <!-- generally blank -->
    <term name="container-author"/> <!-- generally blank -->
    <term name="contributor">
      <single>Beitragende</single>
      <multiple>Beitragende</multiple>
    </term>
    <term name="curator">
      <single>Direktor</single>
      <multiple>Direktor</multiple>
    </term>
    <term name="director">
      <single>Regisseur</single>
      <multiple>Regisseure</multiple>
    </term>
    <term name="editor">
      <single>Herausgeber</single>
      <multiple>Herausgeber</multiple>
    </term>
    <term name="editor-translator">
      <single>Herausgeber&#160;&amp; Übersetzer</single>
      <multiple>Herausgeber&#160;&amp; Übersetzer</multiple>
    </term>
    <term name="editortranslator">
      <single>Herausgeber&#160;&amp; Übersetzer</single>
      <multiple>Herausgeber&#160;&amp; Übersetzer</multiple>
    </term>
    <term name="editorial-director">
      <single>Herausgeber</single>
      <multiple>Herausgeber</multiple>
    </term>
    <term name="executive-producer">
      <single>Produktionsleiter</single>
      <multiple>Produktionsleiter</multiple>
    </term>
    <term name="guest">
      <single>Gast</single>
      <multiple>Gäste</multiple>
    </term>
    <term name="host">
      <single>Gastgeber</single>
      <multiple>Gastgeber</multiple>
    </term>
    <term name="illustrator">
      <single>Illustrator</single>
      <multiple>Illustratoren</multiple>
    </term>
    <term name="interviewer"/> <!-- generally blank -->
    <term name="narrator">
      <single>Erzähler</single>
      <multiple>Erzähler</multiple>
    </term>
    <term name="organizer">
      <single>Veranstalter</single>
      <multiple>Veranstalter</multiple>
    </term>
    <term name="original-author"/> <!-- generally blank -->
    <term name="performer">
      <single>Künstler</single>
      <multiple>Künstler</multiple>
    </term>
    <term name="producer">
      <single>Produzent</single>
      <multiple>Produzenten</multiple>
    </term>
    <term name="recipient"/> <!-- generally blank -->
    <term name="reviewed-author"/> <!-- generally blank -->
    <term name="script-writer">
      <single>Drehbuchautor</single>
      <multiple>Drehbuchautoren</multiple>
    </term>
    <term name="series-creator">
      <single>Idee</single>
      <multiple>Idee</multiple>
    </term>
    <term name="translator">
      <single>Übersetzer</single>
      <multiple>Übersetzer</multiple>
    </term>

    <!-- SHORT ROLE FORMS -->
    <term name="collection-editor" form="short">
      <single>Hrsg.</single>
      <multiple>Hrsg.</multiple>
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
      <single>Reg.</single>
      <multiple>Reg.</multiple>
    </term>
    <term name="editor" form="short">
      <single>Hrsg.</single>
      <multiple>Hrsg.</multiple>
    </term>
    <term name="editor-translator" form="short">
      <single>Hrsg.&#160;&amp; Übers.</single>
      <multiple>Hrsg.&#160;&amp; Übers.</multiple>
    </term>
    <term name="editortranslator" form="short">
      <single>Hrsg.&#160;&amp; Übers.</single>
      <multiple>Hrsg.&#160;&amp; Übers.</multiple>
    </term>
    <term name="editorial-director" form="short">
      <single>Hrsg.</single>
      <multiple>Hrsg.</multiple>
    </term>
    <term name="executive-producer" form="short">
      <single>exec. prod.</single>
      <multiple>exec. prods.</multiple>
    </term>
    <term name="illustrator" form="short">
      <single>Ill.</single>
      <multiple>Ill.</multiple>
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
      <single>Idee</single>
      <multiple>Idee</multiple>
    </term>
    <term name="translator" form="short">
      <single>Übers.</single>
      <multiple>Übers.</multiple>
    </term>

    <!-- VERB ROLE FORMS -->
    <term name="chair" form="verb">Vorsitz durch</term>
    <term name="collection-editor" form="verb">herausgegeben von</term>
    <term name="compiler" form="verb">kompiliert von</term>
    <term name="container-author" form="verb">von</term>
    <term name="contributor" form="verb">mit</term>
    <term name="curator" form="verb">kuriert von</term>
    <term name="director" form="verb">Regie von</term>
    <term name="editor" form="verb">herausgegeben von</term>
    <term name="editor-translator" form="verb">herausgegeben und übersetzt von</term>
    <term name="editortranslator" form="verb">herausgegeben und übersetzt von</term>
    <term name="editorial-director" form="verb">herausgegeben von</term>
    <term name="executive-producer" form="verb">Produktionsleitung von</term>
    <term name="guest" form="verb">mit Gast</term>
    <term name="host" form="verb">veranstaltet von</term>
    <term name="illustrator" form="verb">illustriert von</term>
    <term name="interviewer" form="verb">interviewt von</term>
    <term name="narrator" form="verb">Narration von</term>
    <term name="organizer" form="verb">organisiert von</term>
    <term name="performer" form="verb">Aufführung von</term>
    <term name="producer" form="verb">produziert von</term>
    <term name="recipient" form="verb">an</term>
    <term name="reviewed-author" form="verb">von</term>
    <term name="script-writer" form="verb">geschrieben von</term>
    <term name="series-creator" form="verb">Idee von</term>
    <term name="translator" form="verb">übersetzt von</term>

    <!-- SHORT VERB ROLE FORMS -->
    <term name="collection-editor" form="verb-short">hrsg. von</term>
    <term name="compiler" form="verb-short">komp. von</term>
    <term name="contributor" form="verb-short">m.</term>
    <term name="curator" form="verb-short">kur. von</term>
    <term name="director" form="verb-short">Reg.</term>
    <term name="editor" form="verb-short">hrsg. von</term>
    <term name="editor-translator" form="verb-short">hg.&#160;&amp; übers. von</term>
    <term name="editortranslator" form="verb-short">hg.&#160;&amp; übers. von</term>
    <term name="editorial-director" form="verb-short">hrsg. von</term>
    <term name="executive-producer" form="verb-short">Prod. gel. v.</term>
    <term name="guest" form="verb-short">w. guest</term>
    <term name="host" form="verb-short">veranst. von</term>
    <term name="illustrator" form="verb-short">illus. von</term>
    <term name="narrator" form="verb-short">Narr. von</term>
    <term name="organizer" form="verb-short">org. von</term>
    <term name="performer" form="verb-short">aufg. von</term>
    <term name="producer" form="verb-short">prod. von</term>
    <term name="script-writer" form="verb-short">writ. by</term>
    <term name="series-creator" form="verb-short">Idee von</term>
    <term name="translator" form="verb-short">übers. von</term>

    <!-- LONG MONTH FORMS -->
    <term name="month-01">Januar</term>
    <term name="month-02">Februar</term>
    <term name="month-03">März</term>
    <term name="month-04">April</term>
    <term name="month-05">Mai</term>
    <term name="month-06">Juni</term>
    <term name="month-07">Juli</term>
    <term name="month-08">August</term>
    <term name="month-09">September</term>
    <term name="month-10">Oktober</term>
    <term name="month-11">November</term>
    <term name="month-12">Dezember</term>

    <!-- SHORT MONTH FORMS -->
    <term name="month-01" form="short">Jan.</term>
    <term name="month-02" form="short">Feb.</term>
    <term name="month-03" form="short">März</term>
    <term name="month-04" form="short">Apr.</term>
    <term name="month-05" form="short">Mai</term>
    <term name="month-06" form="short">Juni</term>
    <term name="month-07" form="short">Juli</term>
    <term name="month-08" form="short">Aug.</term>
    <term name="month-09" form="short">Sep.</term>
    <term name="month-10" form="short">Okt.</term>
    <term name="month-11" form="short">Nov.</term>
    <term name="month-12" form="short">Dez.</term>

    <!-- SEASONS -->
    <term name="season-01">Frühjahr</term>
    <term name="season-02">Sommer</term>
    <term name="season-03">Herbst</term>
    <term name="season-04">Winter</term>
  </terms>
</locale>
`
