/** Fixed pages: the accessibility statement, about, and open data. */
import { type Html, html } from '../html.js';
import { page } from './layout.js';

export function accessibilityPage(): Html {
  return page({
    title: 'Tilgængelighedserklæring',
    section: 'about',
    crumbs: [{ label: 'Tilgængelighedserklæring' }],
    body: html`<h1>Tilgængelighedserklæring</h1>
<div class="prose">
<p class="lead">Referat skal kunne bruges af alle. Vi arbejder efter lov om tilgængelighed af offentlige organers websteder og mobilapplikationer (webtilgængelighedsloven) og standarden WCAG 2.1 på niveau AA.</p>
<h2>Overholdelse</h2>
<p>Portalen forventes at overholde WCAG 2.1 niveau AA. Siderne er lavet på serveren og virker uden JavaScript. De bruger overskrifter i rækkefølge, navngivne landmærker, et link til at springe menuen over, labels på alle formularfelter, tabeller med kolonne- og rækkeoverskrifter, tydelig fokusmarkering og farver med tilstrækkelig kontrast. Siderne kan forstørres til 400 % og bruges på små skærme.</p>
<h2>Hvordan vi tester</h2>
<p>Hver sidetype testes automatisk i en rigtig browser med axe-core ved hver ændring af koden, og vi gennemgår siderne med tastatur og skærmlæser.</p>
<h2>Kendte begrænsninger</h2>
<ul>
<li>Indholdet af referaterne kommer fra kommunernes egne dokumenter (PDF, Word, hjemmesider og sagssystemer). Tabeller og overskrifter genskabes automatisk og kan i enkelte tilfælde have en forkert struktur.</li>
<li>Bilag vises kun med titel, når kommunen ikke har offentliggjort dem digitalt.</li>
</ul>
<h2>Lukkede punkter</h2>
<p>Punkter, der er behandlet for lukkede døre, vises kun med nummer og titel, på alle sider, i søgning, i feeds, i API'et og i eksporter.</p>
<h2>Giv os besked</h2>
<p>Oplever du problemer med tilgængeligheden, så skriv til den kommune, hvis referat det drejer sig om, eller til projektets udviklere via projektets sagsstyring. Du kan også klage til Digitaliseringsstyrelsen, som fører tilsyn med webtilgængelighed: <a href="https://www.was.digst.dk/">was.digst.dk</a>.</p>
<p class="meta">Erklæringen blev senest opdateret i november 2026.</p>
</div>`,
  });
}

export function aboutPage(): Html {
  return page({
    title: 'Om Referat',
    section: 'about',
    crumbs: [{ label: 'Om Referat' }],
    body: html`<h1>Om Referat</h1>
<div class="prose">
<p class="lead">Referat samler kommunernes dagsordener og referater, så borgere, journalister, forskere og politikere kan finde, hvad der er besluttet, og følge en sag gennem udvalgene.</p>
<p>Dokumenterne læses fra kommunernes udgivelser (PDF, Word, hjemmesider og eksporter fra sagssystemerne eDoc, Acadre og SBSYS) og gøres til strukturerede data: punkter, indstillinger, beslutninger, afstemninger og fremmøde.</p>
<h2>Offentlighed</h2>
<p>Kun offentliggjort indhold vises. Lukkede punkter vises kun med nummer og titel. Et offentliggjort referat er et offentligt dokument: når et referat rettes, bliver rettelsen en ny version, og de tidligere versioner kan ses på mødets side.</p>
<h2>Faste adresser</h2>
<p>Alle sider har faste, læsbare adresser, som kan bruges som kildehenvisning, fx <code>/kommune/odense/udvalg/beskaeftigelses-og-socialudvalget/2021-10-05/punkt/4</code>.</p>
</div>`,
  });
}

export function dataPage(base: string): Html {
  return page({
    title: 'Åbne data og API',
    section: 'data',
    crumbs: [{ label: 'Åbne data' }],
    body: html`<h1>Åbne data og API</h1>
<div class="prose">
<p class="lead">Alt offentligt indhold kan hentes maskinelt: som OParl 1.1, som søge-API i JSON, som feeds og som samlet eksport.</p>
<h2>OParl 1.1</h2>
<p>Indgangen er <a href="/oparl/v1/system"><code>${base}/oparl/v1/system</code></a>. Kommuner er <code>Body</code>, udvalg pr. valgperiode er <code>Organization</code>, sager er <code>Paper</code>, og hvert dagsordenspunkt med en sag har en <code>Consultation</code>. Listerne kan filtreres med <code>created_since</code>, <code>created_until</code>, <code>modified_since</code> og <code>modified_until</code>; med <code>modified_since</code> kommer også slettede objekter med <code>deleted: true</code>.</p>
<p>Afstemninger pr. person og beslutningens udfald, som OParl ikke har felter til, findes i udvidelsesfelterne <code>referat:outcome</code>, <code>referat:decision</code>, <code>referat:votes</code> og <code>referat:absent</code>.</p>
<h2>Søge-API</h2>
<p><code>GET /api/v1/search?q=…</code> med de samme filtre som søgesiden: <code>kommune</code>, <code>udvalg</code>, <code>fra</code>, <code>til</code>, <code>udfald</code>, <code>sag</code>, <code>person</code>, <code>parti</code> og <code>side</code>. Svaret indeholder resultater, antal og fordelinger (facetter). Eksempel: <a href="/api/v1/search?q=budget"><code>/api/v1/search?q=budget</code></a>.</p>
<h2>Feeds</h2>
<ul>
<li>Nye referater fra et udvalg (Atom): linket findes på udvalgets side.</li>
<li>Nye punkter i en søgning (Atom): linket findes under søgeresultaterne.</li>
<li>Et udvalgs møder som kalender (iCalendar): linket findes på udvalgets side.</li>
</ul>
<h2>Samlet eksport</h2>
<p>Med kommandolinjen: <code>npx referat export --format jsonl</code> (et punkt pr. linje) eller <code>--format csv</code>.</p>
<p>Alle data er offentliggjorte dokumenter fra kommunerne.</p>
</div>`,
  });
}
