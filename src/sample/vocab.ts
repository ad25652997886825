/**
 * Danish vocabulary for the sample generator: municipalities (real names, fictional everything
 * else), people's names, parties, committee types, topics and sentence templates.
 *
 * Templates use `{key}` slots that content.ts fills; keys in capitals are filled fresh each time
 * ({BELØB}, {PCT}, {ANTAL}, {DATO}, …), lower-case keys are fixed for an item ({emne}, {udvalg}, …).
 */

export interface MunicipalityInfo {
  name: string;
  council: 'Byrådet' | 'Kommunalbestyrelsen';
  seats: number;
  town: string;
  postcode: string;
}

export const MUNICIPALITIES: readonly MunicipalityInfo[] = [
  { name: 'Vejle', council: 'Byrådet', seats: 31, town: 'Vejle', postcode: '7100' },
  { name: 'Faxe', council: 'Kommunalbestyrelsen', seats: 27, town: 'Haslev', postcode: '4690' },
  { name: 'Horsens', council: 'Byrådet', seats: 31, town: 'Horsens', postcode: '8700' },
  { name: 'Syddjurs', council: 'Kommunalbestyrelsen', seats: 27, town: 'Ebeltoft', postcode: '8400' },
  { name: 'Svendborg', council: 'Byrådet', seats: 29, town: 'Svendborg', postcode: '5700' },
  { name: 'Ærø', council: 'Kommunalbestyrelsen', seats: 15, town: 'Ærøskøbing', postcode: '5970' },
  { name: 'Viborg', council: 'Byrådet', seats: 31, town: 'Viborg', postcode: '8800' },
  { name: 'Gladsaxe', council: 'Kommunalbestyrelsen', seats: 25, town: 'Søborg', postcode: '2860' },
  { name: 'Kolding', council: 'Byrådet', seats: 31, town: 'Kolding', postcode: '6000' },
  { name: 'Næstved', council: 'Byrådet', seats: 31, town: 'Næstved', postcode: '4700' },
  { name: 'Silkeborg', council: 'Byrådet', seats: 31, town: 'Silkeborg', postcode: '8600' },
  { name: 'Hedensted', council: 'Kommunalbestyrelsen', seats: 27, town: 'Juelsminde', postcode: '7130' },
  { name: 'Holbæk', council: 'Byrådet', seats: 31, town: 'Holbæk', postcode: '4300' },
  { name: 'Sønderborg', council: 'Byrådet', seats: 31, town: 'Sønderborg', postcode: '6400' },
  { name: 'Hjørring', council: 'Byrådet', seats: 31, town: 'Hjørring', postcode: '9800' },
  { name: 'Favrskov', council: 'Byrådet', seats: 29, town: 'Hammel', postcode: '8450' },
  { name: 'Lejre', council: 'Kommunalbestyrelsen', seats: 27, town: 'Hvalsø', postcode: '4330' },
  { name: 'Middelfart', council: 'Byrådet', seats: 27, town: 'Middelfart', postcode: '5500' },
  { name: 'Thisted', council: 'Kommunalbestyrelsen', seats: 27, town: 'Thisted', postcode: '7700' },
  { name: 'Guldborgsund', council: 'Byrådet', seats: 29, town: 'Nykøbing F', postcode: '4800' },
  { name: 'Skive', council: 'Byrådet', seats: 29, town: 'Skive', postcode: '7800' },
  { name: 'Rudersdal', council: 'Kommunalbestyrelsen', seats: 21, town: 'Holte', postcode: '2840' },
  { name: 'Haderslev', council: 'Byrådet', seats: 31, town: 'Haderslev', postcode: '6100' },
  { name: 'Nyborg', council: 'Byrådet', seats: 25, town: 'Nyborg', postcode: '5800' },
  { name: 'Ringkøbing-Skjern', council: 'Byrådet', seats: 31, town: 'Ringkøbing', postcode: '6950' },
  { name: 'Stevns', council: 'Kommunalbestyrelsen', seats: 21, town: 'Store Heddinge', postcode: '4660' },
  { name: 'Frederikshavn', council: 'Byrådet', seats: 31, town: 'Frederikshavn', postcode: '9900' },
  { name: 'Høje-Taastrup', council: 'Byrådet', seats: 25, town: 'Taastrup', postcode: '2630' },
  { name: 'Varde', council: 'Byrådet', seats: 29, town: 'Varde', postcode: '6800' },
  { name: 'Assens', council: 'Byrådet', seats: 29, town: 'Assens', postcode: '5610' },
  { name: 'Lolland', council: 'Kommunalbestyrelsen', seats: 25, town: 'Maribo', postcode: '4930' },
  { name: 'Skanderborg', council: 'Byrådet', seats: 29, town: 'Skanderborg', postcode: '8660' },
  { name: 'Hillerød', council: 'Byrådet', seats: 27, town: 'Hillerød', postcode: '3400' },
  { name: 'Kalundborg', council: 'Byrådet', seats: 29, town: 'Kalundborg', postcode: '4400' },
  { name: 'Mariagerfjord', council: 'Byrådet', seats: 29, town: 'Hobro', postcode: '9500' },
  { name: 'Tønder', council: 'Kommunalbestyrelsen', seats: 25, town: 'Tønder', postcode: '6270' },
  { name: 'Vordingborg', council: 'Kommunalbestyrelsen', seats: 29, town: 'Vordingborg', postcode: '4760' },
  { name: 'Holstebro', council: 'Byrådet', seats: 27, town: 'Holstebro', postcode: '7500' },
  { name: 'Fredensborg', council: 'Byrådet', seats: 27, town: 'Kokkedal', postcode: '2980' },
  { name: 'Ikast-Brande', council: 'Byrådet', seats: 27, town: 'Ikast', postcode: '7430' },
  { name: 'Kerteminde', council: 'Byrådet', seats: 23, town: 'Kerteminde', postcode: '5300' },
  { name: 'Norddjurs', council: 'Kommunalbestyrelsen', seats: 27, town: 'Grenaa', postcode: '8500' },
  { name: 'Gribskov', council: 'Byrådet', seats: 27, town: 'Helsinge', postcode: '3200' },
  { name: 'Samsø', council: 'Kommunalbestyrelsen', seats: 11, town: 'Tranebjerg', postcode: '8305' },
  { name: 'Brønderslev', council: 'Byrådet', seats: 27, town: 'Brønderslev', postcode: '9700' },
  { name: 'Sorø', council: 'Byrådet', seats: 25, town: 'Sorø', postcode: '4180' },
  { name: 'Egedal', council: 'Byrådet', seats: 27, town: 'Ølstykke', postcode: '3650' },
  { name: 'Lemvig', council: 'Byrådet', seats: 21, town: 'Lemvig', postcode: '7620' },
];

export const STREETS = [
  'Skolegade', 'Torvet', 'Rådhustorvet', 'Jernbanegade', 'Kirkegade', 'Østergade', 'Vestergade',
  'Nørregade', 'Søndergade', 'Stationsvej', 'Banegårdspladsen', 'Rådhusvej', 'Slotsgade', 'Havnegade',
] as const;

export const PLACES = [
  'Skovbakken', 'Engparken', 'Nørremarken', 'Kirkebakken', 'Bakkegården', 'Mølleparken', 'Åparken',
  'Grønningen', 'Havnefronten', 'Lærkehaven', 'Egeskoven', 'Bøgebakken', 'Fjordparken', 'Strandengen',
  'Solbjerg', 'Vestervang', 'Østerled', 'Hedegården', 'Kærhaven', 'Birkelund', 'Søhøjlandet', 'Ellehøj',
  'Tofteparken', 'Rønnebærhaven', 'Stengården', 'Lindevang', 'Ørnereden', 'Ådalen', 'Hørhaven',
] as const;

export const ROADS = [
  'Skovvej', 'Engvej', 'Møllevej', 'Kirkevej', 'Strandvejen', 'Fjordvej', 'Industrivej', 'Ringvejen',
  'Landevejen', 'Bygaden', 'Hovedgaden', 'Åboulevarden', 'Bøgevej', 'Lærkevej', 'Teglværksvej', 'Gl. Kongevej',
] as const;

export const MALE_FIRST = [
  'Anders', 'Bent', 'Bjarne', 'Brian', 'Carsten', 'Claus', 'Christian', 'Erik', 'Finn', 'Flemming',
  'Frank', 'Frederik', 'Hans', 'Henrik', 'Jakob', 'Jan', 'Jens', 'Jesper', 'Johannes', 'John', 'Jonas',
  'Jørgen', 'Kasper', 'Kim', 'Kristian', 'Lars', 'Leif', 'Martin', 'Mads', 'Michael', 'Mikkel', 'Morten',
  'Niels', 'Ole', 'Per', 'Peter', 'Poul', 'Rasmus', 'René', 'Søren', 'Steen', 'Thomas', 'Tommy', 'Torben',
  'Troels', 'Ulrik', 'Villy', 'Mogens', 'Kenneth', 'Allan', 'Bo', 'Karsten', 'Palle', 'Erling', 'Aksel',
  'Magnus', 'Emil', 'Elvin', 'Mark', 'Nikolaj', 'Simon', 'Tobias', 'Anton', 'Jørn', 'Preben', 'Gert',
] as const;

export const FEMALE_FIRST = [
  'Anne', 'Anna', 'Birgitte', 'Bodil', 'Camilla', 'Charlotte', 'Dorte', 'Gitte', 'Grethe', 'Hanne',
  'Helle', 'Inge', 'Jette', 'Karen', 'Karin', 'Kirsten', 'Lene', 'Lone', 'Louise', 'Maria', 'Marianne',
  'Mette', 'Nanna', 'Pernille', 'Pia', 'Rikke', 'Signe', 'Susanne', 'Tina', 'Trine', 'Ulla', 'Vibeke',
  'Ida', 'Cæcilie', 'Sofie', 'Line', 'Linda', 'Maja', 'Astrid', 'Freja', 'Laura', 'Emma', 'Bente',
  'Birthe', 'Lise', 'Merete', 'Solveig', 'Åse', 'Ditte', 'Sidsel', 'Tove', 'Jytte', 'Lisbeth', 'Henriette',
] as const;

export const OTHER_FIRST = [
  'Ali', 'Hassan', 'Mehmet', 'Nazim', 'Reza', 'Yasin', 'Omar', 'Fatma', 'Ayşe', 'Yasmin', 'Leyla',
  'Zainab', 'Samira', 'Ahmad', 'Jamal', 'Nadia',
] as const;

export const LAST_NAMES = [
  'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
  'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen',
  'Johansen', 'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Mikkelsen', 'Frederiksen', 'Laursen',
  'Henriksen', 'Lund', 'Schmidt', 'Eriksen', 'Holm', 'Kristiansen', 'Clausen', 'Simonsen', 'Svendsen',
  'Andreasen', 'Jeppesen', 'Vestergaard', 'Østergaard', 'Nørgaard', 'Dahl', 'Bach', 'Kjær', 'Søndergaard',
  'Lauridsen', 'Krogh', 'Bruun', 'Skov', 'Friis', 'Winther', 'Overgaard', 'Damgaard', 'Bech', 'Dam',
  'Toft', 'Juhl', 'Bjerre', 'Kjeldsen', 'Nygaard', 'Bertelsen', 'Gregersen', 'Lindberg', 'Højgaard',
  'Brandt', 'Hviid', 'Ravn', 'Thygesen', 'Bundgaard', 'Fisker', 'Kirkegaard', 'Hedegaard', 'Aagaard',
  'Ebbesen', 'Grønbæk', 'Kragh', 'Mølgaard', 'Abildgaard', 'Storm', 'Gram', 'Hammann', 'Wienand',
  'Rosenhøj', 'Hundebøll', 'Crawley', 'Grossmann', 'Witek', 'Dybro', 'Nørbygaard', 'Hummelose',
] as const;

export const OTHER_LAST = ['Gürkan', 'Öztürk', 'Yilmaz', 'Javid', 'Hussein', 'Khan', 'Ahmadi', 'Demir', 'Çelik', 'Rahimi'] as const;

export const MIDDLE_NAMES = [
  'Eskamp', 'Gjørtz', 'Bøgh', 'Juul', 'Vinther', 'Lykke', 'Munk', 'Skovgaard', 'Kragelund', 'Høj',
  'Ann', 'Marie', 'Louise', 'Due', 'Holst', 'Brix', 'Kamp', 'Bak',
] as const;

export interface PartyInfo {
  letter: string;
  name: string;
  /** Typical share of council seats (weights, not percentages). */
  weight: number;
  /** Only from this year on. */
  from?: number;
}

export const PARTIES: readonly PartyInfo[] = [
  { letter: 'A', name: 'Socialdemokratiet', weight: 30 },
  { letter: 'V', name: 'Venstre', weight: 24 },
  { letter: 'C', name: 'Det Konservative Folkeparti', weight: 12 },
  { letter: 'F', name: 'SF', weight: 8 },
  { letter: 'Ø', name: 'Enhedslisten', weight: 6 },
  { letter: 'O', name: 'Dansk Folkeparti', weight: 6 },
  { letter: 'B', name: 'Radikale Venstre', weight: 5 },
  { letter: 'D', name: 'Nye Borgerlige', weight: 3 },
  { letter: 'I', name: 'Liberal Alliance', weight: 2 },
  { letter: 'K', name: 'Kristendemokraterne', weight: 1 },
  { letter: 'Å', name: 'Alternativet', weight: 1 },
  { letter: 'M', name: 'Moderaterne', weight: 2, from: 2022 },
];

/** A standing committee type (fagudvalg) and what it deals with. */
export interface CommitteeType {
  key: string;
  name: string;
  /** The administration that prepares its cases. */
  forvaltning: string;
  /** Short name for "Nøgletal på …" and the like. */
  area: string;
  topics: readonly string[];
  /** Budget lines for its economy tables. */
  budgetLines: readonly string[];
  /** The city goal it reports effects against ("… målene"). */
  leader: string;
}

export const COMMITTEE_TYPES: readonly CommitteeType[] = [
  {
    key: 'bsu', name: 'Beskæftigelses- og Socialudvalget', forvaltning: 'Beskæftigelses- og Socialforvaltningen',
    area: 'beskæftigelsesområdet', topics: ['beskæftigelse', 'social'], leader: 'Jobcenterchef',
    budgetLines: ['Kontanthjælp og uddannelseshjælp', 'Sygedagpenge', 'Fleksjob inkl. skånejob', 'Ledighedsydelse', 'Ressourceforløb - ydelse', 'Førtidspension', 'Integrationsprogrammet', 'Botilbud', 'Forsorgshjem og krisecentre', 'Misbrugsbehandling'],
  },
  {
    key: 'amu', name: 'Arbejdsmarkedsudvalget', forvaltning: 'Jobcentret',
    area: 'beskæftigelsesområdet', topics: ['beskæftigelse'], leader: 'Jobcenterchef',
    budgetLines: ['FGU', 'Integration', 'Førtidspension og Seniorpension', 'Sygedagpenge', 'Kontant- og uddannelseshjælp', 'Revalidering', 'Fleksjob', 'Ledighedsydelse', 'Ressource- og jobafklaringsforløb', 'Dagpenge'],
  },
  {
    key: 'buu', name: 'Børn- og Ungeudvalget', forvaltning: 'Børn- og Ungeforvaltningen',
    area: 'børne- og ungeområdet', topics: ['børn', 'skole'], leader: 'Skolechef',
    budgetLines: ['Dagtilbud', 'Folkeskoler', 'Specialundervisning', 'SFO og klubber', 'Familiepleje', 'Forebyggende foranstaltninger', 'Anbringelser', 'Sundhedspleje', 'Tandpleje', 'PPR'],
  },
  {
    key: 'æhu', name: 'Ældre- og Handicapudvalget', forvaltning: 'Ældre- og Handicapforvaltningen',
    area: 'ældre- og handicapområdet', topics: ['ældre', 'handicap'], leader: 'Centerchef',
    budgetLines: ['Hjemmepleje', 'Plejecentre', 'Hjælpemidler', 'Træning og rehabilitering', 'Madservice', 'Handicaptilbud', 'Aktivitets- og samværstilbud', 'Beskyttet beskæftigelse', 'Sygepleje', 'Demensindsats'],
  },
  {
    key: 'tmu', name: 'Teknik- og Miljøudvalget', forvaltning: 'By- og Miljøforvaltningen',
    area: 'teknik- og miljøområdet', topics: ['trafik', 'miljø'], leader: 'Vejchef',
    budgetLines: ['Vejvedligeholdelse', 'Vintertjeneste', 'Kollektiv trafik', 'Parker og grønne områder', 'Natur og vandløb', 'Byfornyelse', 'Belysning', 'Trafiksikkerhed', 'Miljøtilsyn', 'Havne'],
  },
  {
    key: 'kfu', name: 'Kultur- og Fritidsudvalget', forvaltning: 'Kultur- og Fritidsforvaltningen',
    area: 'kultur- og fritidsområdet', topics: ['kultur'], leader: 'Kulturchef',
    budgetLines: ['Biblioteker', 'Musikskole', 'Idrætsfaciliteter', 'Folkeoplysning', 'Museer', 'Kulturhuse', 'Kulturpuljen', 'Foreningstilskud', 'Ungdomsskole', 'Lokaletilskud'],
  },
  {
    key: 'sfu', name: 'Sundheds- og Forebyggelsesudvalget', forvaltning: 'Sundhedsforvaltningen',
    area: 'sundhedsområdet', topics: ['sundhed', 'ældre'], leader: 'Sundhedschef',
    budgetLines: ['Aktivitetsbestemt medfinansiering', 'Genoptræning', 'Forebyggelse', 'Sundhedscentret', 'Misbrugsbehandling', 'Hjemmesygepleje', 'Tandpleje', 'Rygestop', 'Sundhedspleje', 'Rehabilitering'],
  },
  {
    key: 'pbu', name: 'Plan- og Boligudvalget', forvaltning: 'Plan og Udvikling',
    area: 'planområdet', topics: ['plan'], leader: 'Planchef',
    budgetLines: ['Lokalplanlægning', 'Byggesagsbehandling', 'Byfornyelse', 'Boligsocial indsats', 'Landdistriktspulje', 'Kortlægning', 'Byggemodning', 'Grundsalg', 'Bygningsforbedring', 'Friarealer'],
  },
  {
    key: 'kmu', name: 'Klima- og Miljøudvalget', forvaltning: 'Klima og Miljø',
    area: 'klima- og miljøområdet', topics: ['miljø', 'klima'], leader: 'Miljøchef',
    budgetLines: ['Klimatilpasning', 'Affald og genbrug', 'Vandløb', 'Naturpleje', 'Grundvand', 'Jordforurening', 'Miljøtilsyn', 'Energirenovering', 'Skovrejsning', 'Kystsikring'],
  },
  {
    key: 'etu', name: 'Erhvervs- og Turismeudvalget', forvaltning: 'Erhverv og Udvikling',
    area: 'erhvervsområdet', topics: ['erhverv'], leader: 'Erhvervschef',
    budgetLines: ['Erhvervsservice', 'Turisme', 'Iværksætteri', 'Events', 'Markedsføring', 'Bymidteudvikling', 'Erhvervshuse', 'Landdistrikter', 'Uddannelsessamarbejde', 'Bosætning'],
  },
];

export const ECONOMY_COMMITTEE = {
  names: ['Økonomiudvalget', 'Økonomiudvalget', 'Økonomi- og Erhvervsudvalget'] as const,
  forvaltning: ['Borgmesterforvaltningen', 'Økonomi og Styring', 'Administrationen'] as const,
  budgetLines: ['Administration', 'Politisk organisation', 'Ejendomme', 'IT og digitalisering', 'Personalepolitik', 'Puljer', 'Redningsberedskab', 'Erhverv', 'Tjenestemandspensioner', 'Forsikringer'],
};

/** A subject the committees deal with: titles, KLE number and topic phrases. */
export interface Topic {
  /** Matches CommitteeType.topics, or 'økonomi' for the economy committee and council. */
  area: string;
  titles: readonly string[];
  /** KLE subject number (emne) used in case numbers. */
  kle: string;
  /** Definite noun phrase for prose: "beskæftigelsesplanen". */
  emne: string;
  /** Who it concerns: "ledige borgere". */
  målgruppe: string;
  /** Topic-specific sentences. */
  facts: readonly string[];
  /** Sub-headings for the case text. */
  headings: readonly string[];
  /** Usual outcome path: 'decide' (committee decides), 'council' (goes on to ØU and council), 'discuss', 'inform'. */
  path: 'decide' | 'council' | 'discuss' | 'inform';
  /** Economy table: 'budget' | 'simple' | 'plan' | 'pct' | null. */
  table?: 'budget' | 'simple' | 'plan' | 'pct' | null;
}

export const TOPICS: readonly Topic[] = [
  // beskæftigelse
  { area: 'beskæftigelse', titles: ['Beskæftigelsesplan {NÆSTEÅR}', 'Godkendelse af Beskæftigelsesplan {NÆSTEÅR}'], kle: '15.00.00', emne: 'beskæftigelsesplanen for {NÆSTEÅR}', målgruppe: 'ledige borgere', path: 'council', table: 'simple',
    facts: ['Kommunerne skal hvert år udarbejde en beskæftigelsesplan for det kommende år.', 'Planen beskriver kommunens mål og strategier for beskæftigelsesindsatsen ud fra beskæftigelsesministerens udmeldte mål og de aktuelle udfordringer på det lokale arbejdsmarked.', 'Udvalgets kommentarer fra behandlingen af det første udkast er indarbejdet i det endelige udkast, og alle ændringer er markeret.', 'Når planen er godkendt, bliver den sat op i et professionelt layout og offentliggjort på kommunens hjemmeside.'],
    headings: ['Ministerens mål for {NÆSTEÅR}', 'Fokuspunkter og nye tiltag', 'Investeringerne i indsatsen', 'Den virksomhedsrettede indsats'] },
  { area: 'beskæftigelse', titles: ['Opfølgning på Beskæftigelsesplan {ÅR}', 'Status på målene i Beskæftigelsesplan {ÅR}'], kle: '15.00.00', emne: 'status for målene i beskæftigelsesplanen', målgruppe: 'borgere på offentlig forsørgelse', path: 'inform', table: 'pct',
    facts: ['Status viser, at der var {ANTAL} helårspersoner på offentlig forsørgelse i perioden fra januar til juni.', 'Det er {LILLEANTAL} helårspersoner flere end forudsat i budgettet.', 'Nettoforbruget ligger {BELØB} over det forventede forbrug.', 'Ledigheden er steget {PCT} siden samme måned sidste år, men er faldet igen de seneste måneder.'],
    headings: ['Udviklingen i målgrupperne', 'Udviklingen i ledigheden', 'Økonomien på sygedagpengeområdet'] },
  { area: 'beskæftigelse', titles: ['Udmøntning af puljen til {PULJE}', 'Ansøgning til puljen til {PULJE}', 'Orientering om ansøgning til puljen til {PULJE}'], kle: '15.20.00', emne: 'puljen til {PULJE}', målgruppe: 'ledige og sygemeldte borgere', path: 'decide', table: 'plan',
    facts: ['Styrelsen for Arbejdsmarked og Rekruttering har udmeldt en pulje på i alt {STORBELØB} til formålet.', 'Forvaltningen søger om {BELØB} til en toårig indsats.', 'Projektet skal bidrage til, at flere borgere kommer i job eller uddannelse.', 'Hvis kommunen opnår tilsagn, vil indsatsen blive igangsat den 1. {MÅNED} {NÆSTEÅR}.'],
    headings: ['Projektets indhold', 'Målgruppe', 'Organisering', 'Evaluering'] },
  { area: 'beskæftigelse', titles: ['Udmøntning af delaftale om nytænkning af beskæftigelsesindsatsen', 'Besparelse på indsatsbudgettet {NÆSTEÅR} - valg af model'], kle: '15.20.00', emne: 'udmøntningen af besparelsen på indsatsbudgettet', målgruppe: 'uddannelseshjælpsmodtagere', path: 'decide', table: 'budget',
    facts: ['Færre proceskrav indebærer ifølge aftalen mindreudgifter for kommunerne under ét på {STORBELØB} i {NÆSTEÅR}.', 'For kommunen betyder det, at det nuværende indsatsbudget skal reduceres med ca. {BELØB} i {NÆSTEÅR} og frem.', 'Forvaltningen foreslår, at udvalget vælger en af to modeller for udmøntningen.', 'De to modeller er ikke udtømmende, og det vil også være muligt at finde besparelsen med andre fordelingsnøgler.'],
    headings: ['Indhold i delaftalen', 'Konsekvenser for kommunen', 'Model 1 og model 2'] },
  { area: 'beskæftigelse', titles: ['Indsats for jobparate ledige på {YDELSE}', 'Drøftelse af indsatsen for ledige på {YDELSE}'], kle: '15.20.00', emne: 'indsatsen for ledige på {YDELSE}', målgruppe: 'ledige på {YDELSE}', path: 'discuss', table: null,
    facts: ['Forvaltningen vurderer, at målgruppen udgør ca. {LILLEANTAL} borgere.', 'Forslaget er et seks ugers forløb med undervisning i arbejdsmarkedsforståelse og virksomhedspraktik.', 'Erfaringerne fra lignende forløb viser, at op mod {PCT} af deltagerne efterfølgende kommer i job eller uddannelse.'],
    headings: ['Målgruppen', 'Forslag til forløb', 'Erfaringer fra andre kommuner'] },
  { area: 'beskæftigelse', titles: ['Ungeindsatsen - status og handleplan {ÅR}', 'Ungestrategiens handleplaner {ÅR}'], kle: '27.00.00', emne: 'ungestrategien', målgruppe: 'unge under 30 år', path: 'discuss', table: null,
    facts: ['Ungestrategien sætter retningen for indsatsen for unge, der har brug for ekstra støtte.', 'Andelen af unge, der har gennemført en ungdomsuddannelse, er steget fra {PCT} til {PCT}.', 'Handleplanerne beskriver konkrete tiltag for hvert af strategiens fire spor.'],
    headings: ['Strategiens baggrund', 'Udvikling af datagrundlaget', 'Planlægning af handleplansarbejdet'] },
  // social
  { area: 'social', titles: ['Rammeaftale på det specialiserede socialområde {NÆSTEÅR}', 'Input til rammeaftale på det specialiserede socialområde {NÆSTEÅR}-{NÆSTEÅR2}'], kle: '27.00.00', emne: 'rammeaftalen på det specialiserede socialområde', målgruppe: 'borgere med særlige behov', path: 'council', table: null,
    facts: ['Kommunerne i regionen indgår hvert andet år en rammeaftale om det specialiserede socialområde.', 'Rammeaftalen består af en udviklingsstrategi og en styringsaftale.', 'Kommunekontaktrådet har udpeget fokusområder for den kommende aftaleperiode.'],
    headings: ['Udviklingsstrategien', 'Styringsaftalen', 'Fokusområder'] },
  { area: 'social', titles: ['Udviklingsplan for stofbehandling til voksne', 'Status på misbrugsbehandlingen'], kle: '29.09.00', emne: 'stofbehandlingen for voksne', målgruppe: 'voksne med et stofmisbrug', path: 'discuss', table: null,
    facts: ['Udviklingsplanen består foreløbigt af en række fokuspunkter og en procesplan med borgerinddragelse som omdrejningspunkt.', 'Ventetiden til behandling er i gennemsnit {LILLEANTAL} dage.', 'Behandlingsgarantien på 14 dage er overholdt i {PCT} af forløbene.'],
    headings: ['Fokuspunkter for stofbehandling', 'Tidsplan', 'Dialog med borgerne'] },
  { area: 'social', titles: ['Handleplan for hjemløseområdet {ÅR}-{NÆSTEÅR}', 'Afrapportering af strategi for Housing First'], kle: '27.12.00', emne: 'hjemløseindsatsen', målgruppe: 'borgere i hjemløshed', path: 'decide', table: 'pct',
    facts: ['Antallet af hjemløse er ifølge den seneste hjemløsetælling steget fra {LILLEANTAL} til {LILLEANTAL}.', 'Andelen af boligplacerede, der fastholdes i egen bolig, er steget til {PCT}.', 'Indsatsen bygger på Housing First-tilgangen, hvor borgeren først får en bolig og derefter social støtte.'],
    headings: ['Status på indsatsen', 'Boligsituationen', 'Det videre arbejde'] },
  { area: 'social', titles: ['Kvalitetsstandard for bostøtte efter servicelovens § 85', 'Revision af kvalitetsstandarder på socialområdet'], kle: '27.12.00', emne: 'kvalitetsstandarden for bostøtte', målgruppe: 'borgere med psykiske vanskeligheder', path: 'decide', table: null,
    facts: ['Kvalitetsstandarderne skal revideres mindst én gang i hver valgperiode.', 'Den reviderede standard er sendt i høring i Handicaprådet, og høringssvaret er vedlagt.', 'Standarden beskriver serviceniveauet og sagsbehandlingstiden for ydelsen.'],
    headings: ['Ændringer i forhold til den gældende standard', 'Høringsperioden', 'Sagsbehandlingstid'] },
  // børn, skole
  { area: 'skole', titles: ['Kvalitetsrapport for folkeskolen {ÅR}', 'Kvalitetsrapport for skoleåret {ÅR}/{NÆSTEÅR}'], kle: '17.01.00', emne: 'kvalitetsrapporten for folkeskolen', målgruppe: 'eleverne i folkeskolen', path: 'council', table: 'pct',
    facts: ['Kvalitetsrapporten skal behandles af kommunalbestyrelsen hvert andet år.', 'Karaktergennemsnittet ved afgangsprøverne ligger på niveau med landsgennemsnittet.', 'Andelen af elever, der trives, er {PCT}.', 'Fraværet er steget til {PCT} efter en periode med fald.'],
    headings: ['Faglige resultater', 'Trivsel', 'Fravær', 'Overgang til ungdomsuddannelse'] },
  { area: 'skole', titles: ['Skoledistrikt og kapacitet på {SKOLE}', 'Udvidelse af {SKOLE}'], kle: '17.02.00', emne: 'kapaciteten på {SKOLE}', målgruppe: 'skolebørn i distriktet', path: 'council', table: 'plan',
    facts: ['Elevprognosen viser en stigning på {LILLEANTAL} elever frem mod {FREMTID}.', 'Forvaltningen har undersøgt tre modeller for at skabe den nødvendige kapacitet.', 'Anlægsudgiften til en udvidelse er anslået til {BELØB}.'],
    headings: ['Elevprognose', 'Modeller', 'Tidsplan'] },
  { area: 'børn', titles: ['Dagtilbudsstruktur og pladsbehov {NÆSTEÅR}-{FREMTID}', 'Pladsbehov i dagtilbud'], kle: '28.00.00', emne: 'pladsbehovet i dagtilbud', målgruppe: 'børn i alderen 0-5 år', path: 'council', table: 'plan',
    facts: ['Befolkningsprognosen viser flere børn i alderen 0-5 år i de kommende år.', 'Der forventes at mangle ca. {LILLEANTAL} pladser i {FREMTID}.', 'Forvaltningen foreslår at udvide to eksisterende institutioner og etablere midlertidige pladser.'],
    headings: ['Prognose', 'Forslag til udvidelse', 'Udgifter til udvidelsen'] },
  { area: 'børn', titles: ['Forebyggende indsats for børn og unge i udsatte positioner', 'Status på anbringelsesområdet'], kle: '27.24.00', emne: 'den forebyggende indsats for børn og unge', målgruppe: 'børn og unge i udsatte positioner', path: 'discuss', table: 'budget',
    facts: ['Antallet af anbragte børn er faldet med {LILLEANTAL} siden sidste opgørelse.', 'Flere familier modtager i dag en forebyggende indsats i eget hjem.', 'Udgifterne til anbringelser udgør {PCT} af områdets samlede budget.'],
    headings: ['Udviklingen i antal anbringelser', 'Forebyggende indsatser', 'Udgifternes fordeling'] },
  // ældre, handicap
  { area: 'ældre', titles: ['Kvalitetsstandarder for hjemmehjælp {NÆSTEÅR}', 'Revision af kvalitetsstandarder for personlig og praktisk hjælp'], kle: '27.36.00', emne: 'kvalitetsstandarderne for hjemmehjælp', målgruppe: 'ældre borgere', path: 'council', table: null,
    facts: ['Kommunalbestyrelsen skal mindst én gang årligt udarbejde en kvalitetsstandard for personlig og praktisk hjælp.', 'Standarderne er i høring hos Ældrerådet og Handicaprådet.', 'Der er ikke foreslået ændringer i serviceniveauet.'],
    headings: ['Ændringer i standarderne', 'Ældrerådets bemærkninger', 'Regler på området'] },
  { area: 'ældre', titles: ['Plejeboligkapacitet frem mod {FREMTID}', 'Udbygning af plejeboliger på {PLEJECENTER}'], kle: '03.22.00', emne: 'plejeboligkapaciteten', målgruppe: 'ældre med behov for pleje', path: 'council', table: 'plan',
    facts: ['Antallet af borgere over 80 år forventes at stige med {PCT} frem mod {FREMTID}.', 'Ventelisten til en plejebolig er på {LILLEANTAL} borgere.', 'Forvaltningen foreslår at udbygge {PLEJECENTER} med {LILLEANTAL} boliger.'],
    headings: ['Befolkningsudvikling', 'Venteliste', 'Anlægsøkonomi'] },
  { area: 'ældre', titles: ['Uanmeldt tilsyn på {PLEJECENTER}', 'Tilsynsrapporter {ÅR} for plejecentrene'], kle: '27.36.00', emne: 'tilsynet på plejecentrene', målgruppe: 'beboerne på plejecentrene', path: 'inform', table: null,
    facts: ['Tilsynet er gennemført som et uanmeldt besøg af en ekstern tilsynsførende.', 'Tilsynet vurderer samlet, at der er tale om et godt tilbud med få mangler.', 'Der er givet to anbefalinger om dokumentation og medicinhåndtering.'],
    headings: ['Tilsynets konklusion', 'Anbefalinger', 'Opfølgning'] },
  { area: 'handicap', titles: ['Handicappolitik - evaluering og revision', 'Handleplan for handicappolitikken {ÅR}'], kle: '27.00.00', emne: 'handicappolitikken', målgruppe: 'borgere med handicap', path: 'council', table: null,
    facts: ['Handicappolitikken blev vedtaget for fire år siden og skal nu revideres.', 'Handicaprådet har været inddraget i hele processen.', 'Evalueringen viser, at de fleste initiativer er gennemført.'],
    headings: ['Evaluering', 'Inddragelse af Handicaprådet', 'Forslag til ny politik'] },
  // sundhed
  { area: 'sundhed', titles: ['Sundhedspolitik {ÅR}-{FREMTID}', 'Forslag til ny sundhedspolitik'], kle: '29.00.00', emne: 'sundhedspolitikken', målgruppe: 'kommunens borgere', path: 'council', table: null,
    facts: ['Sundhedspolitikken sætter rammen for kommunens forebyggende arbejde.', 'Politikken har fire indsatsområder: mental sundhed, rygning, alkohol og bevægelse.', 'Der har været afholdt borgermøder med i alt {LILLEANTAL} deltagere.'],
    headings: ['Indsatsområder', 'Dialog med borgerne', 'Opfølgning'] },
  { area: 'sundhed', titles: ['Evaluering af rygestopkurser', 'Forebyggelsestilbud {NÆSTEÅR}'], kle: '29.30.00', emne: 'rygestoptilbuddene', målgruppe: 'rygere', path: 'inform', table: 'pct',
    facts: ['I alt {LILLEANTAL} borgere har deltaget i et rygestopkursus i løbet af året.', 'Andelen, der er røgfri efter seks måneder, er {PCT}.', 'Tilbuddet er udvidet med kurser om aftenen.'],
    headings: ['Deltagere', 'Resultater', 'Fremtidige tilbud'] },
  { area: 'sundhed', titles: ['Aktivitetsbestemt medfinansiering - status {ÅR}', 'Budgetopfølgning på sundhedsområdet'], kle: '29.00.00', emne: 'den aktivitetsbestemte medfinansiering', målgruppe: 'borgere i behandling', path: 'inform', table: 'budget',
    facts: ['Udgifterne til aktivitetsbestemt medfinansiering forventes at blive {BELØB} højere end budgetteret.', 'Merforbruget skyldes især flere ambulante behandlinger.', 'Forvaltningen følger udviklingen tæt.'],
    headings: ['Forventet forbrug', 'Årsager til afvigelsen'] },
  // trafik, miljø, klima
  { area: 'trafik', titles: ['Trafiksikkerhedsplan {ÅR}-{FREMTID}', 'Forslag til trafiksikkerhedsplan'], kle: '05.13.00', emne: 'trafiksikkerhedsplanen', målgruppe: 'bløde trafikanter', path: 'council', table: 'plan',
    facts: ['Antallet af trafikulykker med personskade er faldet med {PCT} over de seneste fem år.', 'Planen indeholder {LILLEANTAL} konkrete projekter, prioriteret efter effekt.', 'Skolevejsanalysen peger på {LILLEANTAL} utrygge krydsninger.'],
    headings: ['Ulykkesbilledet', 'Prioriterede projekter', 'Borgerhenvendelser'] },
  { area: 'trafik', titles: ['Anlægsbevilling til cykelsti langs {VEJ}', 'Frigivelse af midler til cykelsti på {VEJ}'], kle: '05.04.00', emne: 'cykelstien langs {VEJ}', målgruppe: 'cyklister og gående', path: 'council', table: 'plan',
    facts: ['Cykelstien er en del af den vedtagne cykelstiplan.', 'Projektet er anslået til {BELØB}, hvoraf {LILLEBELØB} er medfinansieret af statens cykelpulje.', 'Anlægsarbejdet forventes at starte i {MÅNED} {NÆSTEÅR}.'],
    headings: ['Projektbeskrivelse', 'Ekspropriation', 'Tidsplan'] },
  { area: 'trafik', titles: ['Vintervedligeholdelse {ÅR}/{NÆSTEÅR}', 'Regulativ for vintervedligeholdelse og renholdelse'], kle: '05.01.00', emne: 'vintervedligeholdelsen', målgruppe: 'trafikanterne', path: 'decide', table: 'simple',
    facts: ['Regulativet fastlægger, hvilke veje der ryddes og saltes først.', 'Den seneste vinter var mild, og forbruget lå {BELØB} under budgettet.', 'Der foreslås ingen ændringer i serviceniveauet.'],
    headings: ['Serviceniveau', 'Erfaringer fra sidste sæson'] },
  { area: 'miljø', titles: ['Affaldsplan {ÅR}-{FREMTID}', 'Indførelse af ny affaldsordning'], kle: '07.00.00', emne: 'affaldsplanen', målgruppe: 'husstande og virksomheder', path: 'council', table: 'simple',
    facts: ['Alle husstande skal sortere i ti affaldstyper.', 'Genanvendelsesprocenten er i dag {PCT}.', 'Det årlige gebyr for en gennemsnitlig husstand stiger med {LILLEBELØB}.'],
    headings: ['Nye sorteringskrav', 'Gebyrer', 'Høringsperioden'] },
  { area: 'miljø', titles: ['Vandløbsregulativ for {VANDLØB}', 'Revision af regulativ for {VANDLØB}'], kle: '06.02.00', emne: 'regulativet for {VANDLØB}', målgruppe: 'lodsejerne langs vandløbet', path: 'decide', table: null,
    facts: ['Regulativet har været i offentlig høring i otte uger.', 'Der er modtaget {LILLEANTAL} høringssvar, som er behandlet i vedlagte notat.', 'Vedligeholdelsen skal fremover ske mere skånsomt af hensyn til vandmiljøet.'],
    headings: ['Indkomne høringssvar', 'Ændringer efter høringen'] },
  { area: 'klima', titles: ['Klimaplan {ÅR}-{FREMTID} - DK2020', 'Status på klimahandleplanen'], kle: '13.00.00', emne: 'klimaplanen', målgruppe: 'borgere og virksomheder', path: 'council', table: 'pct',
    facts: ['Klimaplanen skal sikre, at kommunen er klimaneutral senest i 2050.', 'Udledningen fra kommunens egne bygninger er reduceret med {PCT} siden 2015.', 'Planen indeholder {LILLEANTAL} konkrete handlinger inden for energi, transport og landbrug.'],
    headings: ['Reduktionsmål', 'Handlinger', 'Klimatilpasning'] },
  // plan
  { area: 'plan', titles: ['Lokalplan nr. {LPNR} for boliger ved {VEJ} - endelig vedtagelse', 'Forslag til lokalplan nr. {LPNR} for {STED}'], kle: '01.02.05', emne: 'lokalplanen for {STED}', målgruppe: 'naboer og grundejere', path: 'council', table: null,
    facts: ['Lokalplanen giver mulighed for op til {LILLEANTAL} boliger i tæt-lav bebyggelse.', 'Forslaget har været i offentlig høring, og der er indkommet {LILLEANTAL} høringssvar.', 'Bebyggelsen må opføres i højst to etager.'],
    headings: ['Lokalplanens indhold', 'Indkomne høringssvar', 'Miljøvurdering'] },
  { area: 'plan', titles: ['Planstrategi {ÅR}', 'Kommuneplantillæg nr. {LPNR} for {STED}'], kle: '01.02.03', emne: 'planstrategien', målgruppe: 'kommunens borgere', path: 'council', table: null,
    facts: ['Planstrategien skal vedtages i første halvdel af valgperioden.', 'Strategien peger på tre temaer for den kommende kommuneplanrevision.', 'Der er afholdt borgermøder i de større byer.'],
    headings: ['Temaer', 'Revision af kommuneplanen', 'Proces'] },
  { area: 'plan', titles: ['Boligsocial helhedsplan for {STED}', 'Udviklingsplan for {STED}'], kle: '03.00.00', emne: 'den boligsociale helhedsplan', målgruppe: 'beboerne i boligområdet', path: 'decide', table: 'simple',
    facts: ['Helhedsplanen er udarbejdet i samarbejde med boligorganisationen.', 'Landsbyggefonden finansierer {PCT} af udgifterne.', 'Planen har fokus på uddannelse, beskæftigelse og tryghed.'],
    headings: ['Indsatsområder', 'Finansiering af planen', 'Organisering'] },
  // kultur
  { area: 'kultur', titles: ['Folkeoplysningspolitik {ÅR}', 'Revision af folkeoplysningspolitikken'], kle: '18.00.00', emne: 'folkeoplysningspolitikken', målgruppe: 'foreninger og aftenskoler', path: 'council', table: null,
    facts: ['Politikken skal revideres i hver valgperiode.', 'Folkeoplysningsudvalget har afgivet høringssvar.', 'Der er {LILLEANTAL} godkendte foreninger i kommunen.'],
    headings: ['Politikkens indhold', 'Folkeoplysningsudvalgets bemærkninger'] },
  { area: 'kultur', titles: ['Fordeling af kulturpuljen {ÅR}', 'Ansøgninger til kulturpuljen - {MÅNED} {ÅR}'], kle: '20.00.00', emne: 'kulturpuljen', målgruppe: 'kulturaktører', path: 'decide', table: 'simple',
    facts: ['Der er indkommet {LILLEANTAL} ansøgninger med et samlet ansøgt beløb på {LILLEBELØB}.', 'Puljen har en restramme på {LILLEBELØB}.', 'Forvaltningen har vurderet ansøgningerne ud fra de vedtagne kriterier.'],
    headings: ['Ansøgninger', 'Forvaltningens vurdering'] },
  { area: 'kultur', titles: ['Renovering af {HAL}', 'Anlægsbevilling til {HAL}'], kle: '18.15.00', emne: 'renoveringen af {HAL}', målgruppe: 'idrætsforeningerne', path: 'council', table: 'plan',
    facts: ['Hallen er opført i 1970\'erne og trænger til en gennemgribende renovering.', 'Den samlede udgift er anslået til {BELØB}.', 'Foreningerne har bidraget til programmet for renoveringen.'],
    headings: ['Tilstandsvurdering', 'Projektforslag', 'Finansiering af renoveringen'] },
  // erhverv
  { area: 'erhverv', titles: ['Erhvervsstrategi {ÅR}-{FREMTID}', 'Status på erhvervsstrategien'], kle: '24.00.00', emne: 'erhvervsstrategien', målgruppe: 'virksomhederne', path: 'council', table: null,
    facts: ['Strategien har overskriften "En vækstkommune i balance".', 'Antallet af arbejdspladser er steget med {LILLEANTAL} siden strategien blev vedtaget.', 'Strategien indeholder fire fokusområder.'],
    headings: ['Fokusområder', 'Resultater'] },
  { area: 'erhverv', titles: ['Turismesamarbejde og destinationsselskab', 'Etablering af inspirationspartnerskaber med erhvervslivet'], kle: '24.10.00', emne: 'turismesamarbejdet', målgruppe: 'turismeerhvervet', path: 'decide', table: 'simple',
    facts: ['Samarbejdet omfatter fire kommuner.', 'Kommunens bidrag er {LILLEBELØB} årligt.', 'Antallet af overnatninger steg med {PCT} sidste år.'],
    headings: ['Samarbejdsaftalen', 'Kommunens bidrag'] },
  // økonomi (ØU and council)
  { area: 'økonomi', titles: ['Budgetopfølgning pr. 30. {MÅNED} {ÅR}', 'Økonomioversigt nr. {LILLETAL} - {ÅR}'], kle: '00.30.10', emne: 'budgetopfølgningen', målgruppe: 'udvalgene', path: 'council', table: 'budget',
    facts: ['Budgetopfølgningen viser et samlet forventet merforbrug på {BELØB} på serviceudgifterne.', 'Overførselsudgifterne forventes at ligge {BELØB} under budgettet.', 'Kassebeholdningen forventes at udgøre {STORBELØB} ved årets udgang.'],
    headings: ['Serviceudgifter', 'Overførselsudgifter', 'Anlæg', 'Likviditet'] },
  { area: 'økonomi', titles: ['Regnskab {SIDSTEÅR} - overførsel af uforbrugte midler', 'Årsregnskab {SIDSTEÅR}'], kle: '00.30.14', emne: 'regnskabet for {SIDSTEÅR}', målgruppe: 'udvalgene', path: 'council', table: 'budget',
    facts: ['Regnskabet udviser et overskud på det skattefinansierede område på {STORBELØB}.', 'Der søges overført {BELØB} fra {SIDSTEÅR} til {ÅR}.', 'Servicerammen er overholdt.'],
    headings: ['Resultat', 'Overførsler', 'Balance'] },
  { area: 'økonomi', titles: ['Budget {NÆSTEÅR}-{NÆSTEÅR4} - 1. behandling', 'Budget {NÆSTEÅR}-{NÆSTEÅR4} - 2. behandling'], kle: '00.30.01', emne: 'budgettet for {NÆSTEÅR}-{NÆSTEÅR4}', målgruppe: 'kommunens borgere', path: 'council', table: 'budget',
    facts: ['Budgetforslaget er udarbejdet på baggrund af økonomiaftalen mellem KL og regeringen.', 'Forslaget balancerer med et overskud på den ordinære drift på {STORBELØB}.', 'Skatteprocenten foreslås uændret.'],
    headings: ['Forudsætninger', 'Driftsbudget', 'Anlægsbudget', 'Skat og tilskud'] },
  { area: 'økonomi', titles: ['Anlægsbevilling til {ANLÆG}', 'Frigivelse af rådighedsbeløb til {ANLÆG}'], kle: '00.30.10', emne: 'anlægsbevillingen til {ANLÆG}', målgruppe: 'brugerne', path: 'council', table: 'plan',
    facts: ['Der er i budgettet afsat et rådighedsbeløb på {BELØB} til projektet.', 'Projektet er udbudt i totalentreprise.', 'Det laveste bud lå {LILLEBELØB} under overslaget.'],
    headings: ['Projektet', 'Udbud', 'Tidsplan'] },
  { area: 'økonomi', titles: ['Tillægsbevilling på indkomstoverførsler', 'Ansøgning om tillægsbevilling {ÅR}'], kle: '00.30.10', emne: 'tillægsbevillingen', målgruppe: 'udvalgene', path: 'council', table: 'simple',
    facts: ['Udvalget ansøger om en tillægsbevilling på {BELØB}.', 'Merforbruget skyldes flere borgere på overførselsindkomster.', 'Kommunen forventes kompenseret via midtvejsreguleringen.'],
    headings: ['Fordeling af merforbruget'] },
  { area: 'økonomi', titles: ['Årlig godkendelse af sagsbehandlingstider', 'Revisionsberetning for regnskabsåret {SIDSTEÅR}', 'Mødeplan for {NÆSTEÅR}'], kle: '00.01.00', emne: 'sagen', målgruppe: 'borgerne', path: 'decide', table: null,
    facts: ['Byrådet besluttede den {DATO}, at hvert udvalg mindst én gang årligt skal godkende sagsbehandlingstiderne.', 'Revisionen har ingen væsentlige bemærkninger.', 'Mødeplanen følger det hidtidige mønster med møder den første tirsdag i måneden.'],
    headings: ['Bemærkninger', 'Opfølgning'] },
];

export const FILLERS: Record<string, readonly string[]> = {
  PULJE: ['varslingsindsats ved større afskedigelser', 'opkvalificering af ledige', 'nedbringelse af sygefravær', 'flere i fleksjob', 'jobrettet uddannelse', 'styrket indsats for ledige seniorer'],
  YDELSE: ['integrationsydelse', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'ledighedsydelse'],
  SKOLE: ['Nordskolen', 'Vestre Skole', 'Engskolen', 'Søndervangskolen', 'Bakkeskolen', 'Rosenlundskolen', 'Østre Skole'],
  PLEJECENTER: ['Plejecenter Solgården', 'Plejecenter Lindehøj', 'Plejecenter Birkely', 'Rosenhaven', 'Plejecenter Skovly', 'Ældrecentret Åbrinken'],
  VANDLØB: ['Møllebækken', 'Grønå', 'Hestbæk', 'Lilleå', 'Kobberbækken'],
  HAL: ['Idrætscentret', 'Hallen ved Skovbakken', 'Svømmehallen', 'Kulturhuset', 'Multihallen'],
  ANLÆG: ['ny daginstitution i Nordbyen', 'renovering af rådhusets tag', 'udvidelse af genbrugspladsen', 'energirenovering af skoler', 'nyt plejecenter', 'byfornyelse af torvet'],
  LUKKET: ['Personalesag', 'Køb af ejendom', 'Salg af grund i erhvervsområde', 'Udbud af rengøring', 'Klagesag', 'Erstatningssag', 'Forhandling om lejeaftale', 'Salg af byggegrunde'],
};

/** Sentence templates per purpose. */
export const SENTENCES = {
  resumeOpen: [
    'Sagen handler om {emne}.',
    '{Udvalg} skal i denne sag tage stilling til {emne}.',
    '{Forvaltning} fremlægger hermed {emne} til udvalgets behandling.',
    'Denne sag præsenterer {emne} for udvalget.',
    'Formålet med sagen er at give udvalget et overblik over {emne}.',
    'Med denne sag orienteres udvalget om {emne}.',
  ],
  resume: [
    '{Byrådet} besluttede den {DATO}, at {emne} skulle forelægges udvalget til drøftelse.',
    'Udvalget drøftede sagen første gang på mødet den {DATO}.',
    'Forvaltningen vurderer, at indsatsen har haft en positiv effekt for {målgruppe}.',
    'Der er tale om en fortsættelse af den indsats, som udvalget besluttede i {SIDSTEÅR}.',
    'Sagen skal ses i sammenhæng med de øvrige indsatser på {område}.',
    'Indsatsen har været i drift siden den {DATO}.',
    'Målgruppen for indsatsen er {målgruppe}.',
    'Forvaltningen anbefaler, at indsatsen videreføres i {NÆSTEÅR}.',
    'Der er afsat {BELØB} til formålet i budgettet for {ÅR}.',
    'Erfaringerne fra det første år viser, at målopfyldelsen er {PCT}.',
  ],
  caseText: [
    '{Kommune} har siden {SIDSTEÅR} arbejdet målrettet med {emne}.',
    'Forvaltningen har i samarbejde med relevante aktører gennemgået {emne}.',
    'Der har været en tæt dialog med {målgruppe} undervejs i processen.',
    'I perioden er der gennemført {LILLEANTAL} forløb, og resultaterne er samlet i vedlagte bilag.',
    'Udviklingen følger stort set landsgennemsnittet, men der er forskelle mellem målgrupperne.',
    'Forvaltningen vurderer, at der er behov for at justere indsatsen i løbet af {NÆSTEÅR}.',
    'Det fremgår af opgørelsen, at udgifterne er steget med {PCT} i forhold til året før.',
    'Sagen har været drøftet i MED-organisationen, som bakker op om forslaget.',
    'Handicaprådet og Ældrerådet er orienteret om sagen.',
    'Tilsvarende løsninger er afprøvet i flere andre kommuner med gode resultater.',
    'Forvaltningen vil følge op på indsatsen og afrapportere til udvalget i {MÅNED} {NÆSTEÅR}.',
    'Tidsplanen betyder, at de første tiltag kan iværksættes i {MÅNED} {NÆSTEÅR}.',
    'Der er i alt {ANTAL} borgere i målgruppen, hvoraf ca. {PCT} er under 30 år.',
    'Arbejdet tager afsæt i de nationale mål og kommunens egen politik på området.',
    'Forvaltningen har indhentet erfaringer fra nabokommunerne.',
    'Et flertal af de adspurgte borgere oplever, at servicen er god eller meget god.',
    'Indsatsen skal evalueres, når den har virket i to år.',
    'Forvaltningen anbefaler derfor, at udvalget godkender den foreslåede model.',
    'Der er tale om en videreførelse af den eksisterende praksis med enkelte justeringer.',
    'De foreslåede ændringer er drøftet med de berørte medarbejdere og ledere.',
    'Det vurderes, at ændringerne kan gennemføres inden for den nuværende organisering.',
    'Forvaltningen har udarbejdet et notat, der uddyber baggrunden for forslaget.',
    'Notatet er vedlagt som bilag.',
    'Der er ikke tale om ændringer i serviceniveauet.',
    'Sagen blev senest behandlet af udvalget den {DATO}.',
    'På mødet vil forvaltningen give en kort præsentation af sagen.',
    'Forvaltningen vil efterfølgende lægge op til debat.',
    'Der er fortsat en række uafklarede spørgsmål, som forvaltningen arbejder videre med.',
    'Forslaget bygger på erfaringerne fra de seneste års arbejde på området.',
    'Arbejdet forankres i en tværgående arbejdsgruppe med deltagelse fra flere forvaltninger.',
    'Udviklingen skal ses i lyset af de ændrede rammevilkår for kommunerne.',
    'Det er forvaltningens vurdering, at forslaget er i overensstemmelse med gældende lovgivning.',
    'En endelig afrapportering forventes at foreligge i {MÅNED} {NÆSTEÅR}.',
    'Indsatsen er finansieret af midler fra {SIDSTEÅR}, som er overført til {ÅR}.',
    'Der er nedsat en styregruppe, som følger arbejdet tæt.',
    'Forvaltningen har modtaget en henvendelse om sagen fra en borgergruppe.',
    'Kommunens udgifter på området er på niveau med sammenlignelige kommuner.',
    'Den seneste opgørelse viser en stigning på {PCT} i forhold til året før.',
    'Det samlede forbrug forventes at udgøre {BELØB} i {ÅR}.',
  ],
  effect: [
    'Sagens karakter gør, at det ikke er relevant at vurdere effektskabende konsekvenser for {kommunenavn}målene.',
    'Sagens karakter gør, at det ikke er relevant at vurdere effektskabende konsekvenser for {kommunenavn}målene.',
    'Sagen forventes at bidrage til {kommunenavn}målene på {område}.',
    'Sagen understøtter målet om, at flere borgere er sunde og trives.',
    'Forslaget forventes at styrke fællesskabet og trivslen i lokalsamfundet.',
  ],
  economyNone: [
    'Denne sag har ikke økonomiske konsekvenser for {Kommune}, herunder for kommunens kassebeholdning.',
    'Sagen har ingen økonomiske konsekvenser.',
    'Udgiften afholdes inden for udvalgets eksisterende budgetramme.',
  ],
  economy: [
    'Udgiften på {BELØB} finansieres af kassebeholdningen.',
    'Der er i budgettet for {ÅR} afsat {BELØB} til formålet.',
    'Forslaget indebærer en merudgift på {LILLEBELØB} årligt fra {NÆSTEÅR}.',
    'Beløbene i tabellen er angivet i 1.000 kr.',
    'Forvaltningen forventer et mindreforbrug på {LILLEBELØB} i {ÅR}.',
  ],
  addition: [
    'Forvaltningen udarbejder en status på {emne} til udvalgets møde i {MÅNED} {NÆSTEÅR}.',
    'Udvalget ønsker, at {målgruppe} inddrages i det videre arbejde.',
    'Forvaltningen undersøger, hvad der skal til af ressourcer for at nedbringe sagsbehandlingstiden.',
    'Udvalget ønsker en evaluering af indsatsen, inden den gøres permanent.',
    'Sagen genoptages, når de økonomiske konsekvenser er belyst.',
  ],
  postponed: ['Sagen blev udsat.', 'Udsat til næste møde.', 'Sagen udsættes til udvalgets næste møde.', 'Punktet blev udsat, da der mangler oplysninger om økonomien.'],
  orientationList: [
    'Status på budgetopfølgningen',
    'Henvendelse fra en borgergruppe',
    'Kommende temamøde den {SNART}',
    'Status på arbejdet med {område}',
    'Pressehenvendelser siden sidste møde',
    'Status på rekruttering af medarbejdere',
    'Nyt fra KL',
    'Invitation til konference den {SNART}',
  ],
};

/** Attachment titles. */
export const ATTACHMENTS = [
  'Notat om {emne}',
  'Høringssvar fra Handicaprådet',
  'Høringssvar fra Ældrerådet',
  'Tidsplan',
  'Oversigt over økonomien',
  'Evalueringsrapport',
  'Præsentation fra mødet',
  'Kommissorium',
  'Udkast til {emne}',
  'Status {ÅR}',
  'Opgørelse pr. {MÅNED} {ÅR}',
  'Sagsbehandlingstider - oversigt',
  'Referat fra dialogmøde',
];

export const GUEST_TITLES = ['Afdelingsleder', 'Chefkonsulent', 'Centerchef', 'Direktør', 'Konsulent', 'Projektleder', 'Jobcenterchef'];

/** Subjects per area for the generic topic patterns below. */
export const AREA_SUBJECTS: Record<string, { kle: string; subjects: readonly string[] }> = {
  beskæftigelse: { kle: '15.00.00', subjects: ['jobcentrets virksomhedsservice', 'seniorjob', 'fleksjobområdet', 'sygedagpengeområdet', 'ressourceforløb', 'integrationsindsatsen', 'jobrotation', 'løntilskudsordningen'] },
  social: { kle: '27.00.00', subjects: ['botilbuddene', 'krisecentrene', 'bostøtten', 'misbrugsområdet', 'socialpsykiatrien', 'værestederne', 'herbergerne'] },
  børn: { kle: '28.00.00', subjects: ['dagplejen', 'sundhedsplejen', 'familiehuset', 'PPR', 'de forebyggende foranstaltninger', 'daginstitutionerne'] },
  skole: { kle: '17.00.00', subjects: ['SFO', 'skolebuskørslen', 'ungdomsskolen', 'specialklasserne', 'den åbne skole', 'lejrskolerne', 'skolernes it'] },
  ældre: { kle: '27.36.00', subjects: ['hjemmeplejen', 'madservice', 'plejeboligerne', 'aktivitetscentrene', 'rehabiliteringsforløbene', 'hjælpemiddelområdet'] },
  handicap: { kle: '27.12.00', subjects: ['aflastningstilbuddene', 'beskyttet beskæftigelse', 'handicapkørslen', 'ledsageordningen', 'de specialiserede botilbud'] },
  sundhed: { kle: '29.00.00', subjects: ['genoptræningen', 'sundhedscentret', 'den kommunale tandpleje', 'akutfunktionen', 'den patientrettede forebyggelse'] },
  trafik: { kle: '05.00.00', subjects: ['vejbelysningen', 'parkering i midtbyen', 'den kollektive trafik', 'trafiksikkerheden ved skolerne', 'vejvedligeholdelsen', 'stierne i det åbne land'] },
  miljø: { kle: '09.00.00', subjects: ['grundvandsbeskyttelsen', 'naturplejen', 'jordforureningsområdet', 'støjbekæmpelsen', 'skadedyrsbekæmpelsen', 'genbrugspladserne'] },
  klima: { kle: '13.00.00', subjects: ['klimatilpasningen', 'energirenoveringen', 'solcelleanlæggene', 'kystsikringen', 'kommunens bilflåde'] },
  plan: { kle: '01.00.00', subjects: ['landzoneadministrationen', 'byggesagsbehandlingen', 'boligudbygningen', 'landsbyfornyelsen', 'de bevaringsværdige bygninger'] },
  kultur: { kle: '20.00.00', subjects: ['bibliotekerne', 'musikskolen', 'kulturhuset', 'det lokalhistoriske arkiv', 'idrætsfaciliteterne', 'foreningslivet'] },
  erhverv: { kle: '24.00.00', subjects: ['erhvervsservicen', 'iværksætteriet', 'bymidten', 'detailhandlen', 'rekrutteringen af arbejdskraft'] },
  økonomi: { kle: '00.30.00', subjects: ['forsikringsområdet', 'indkøbspolitikken', 'digitaliseringsstrategien', 'ejendomsporteføljen', 'personalepolitikken', 'lønpolitikken', 'udbudsplanen'] },
};

interface Pattern {
  title: string;
  emne: string;
  path: Topic['path'];
  table: Topic['table'];
  facts: readonly string[];
  headings: readonly string[];
}

const PATTERNS: readonly Pattern[] = [
  { title: 'Status på {S}', emne: 'status på {S}', path: 'inform', table: 'pct', facts: ['Status viser en positiv udvikling på de fleste af de opstillede mål.', 'Forvaltningen følger udviklingen tæt og afrapporterer igen om et halvt år.'], headings: ['Status', 'Udviklingen siden sidste opgørelse'] },
  { title: 'Evaluering af {S}', emne: 'evalueringen af {S}', path: 'discuss', table: null, facts: ['Evalueringen er gennemført af en ekstern konsulent.', 'Evalueringen peger på tre områder, hvor indsatsen kan forbedres.'], headings: ['Evalueringens konklusioner', 'Anbefalinger', 'Det videre forløb'] },
  { title: 'Kvalitetsstandard for {S} {NÆSTEÅR}', emne: 'kvalitetsstandarden for {S}', path: 'decide', table: null, facts: ['Kvalitetsstandarden beskriver serviceniveauet på området.', 'Der foreslås mindre redaktionelle ændringer i forhold til den gældende standard.'], headings: ['Ændringer i standarden', 'Regler på området'] },
  { title: 'Takster for {S} {NÆSTEÅR}', emne: 'taksterne for {S} for {NÆSTEÅR}', path: 'council', table: 'simple', facts: ['Taksterne er beregnet efter gældende regler og dækker de faktiske omkostninger.', 'Taksterne stiger i gennemsnit med {PCT} i forhold til året før.'], headings: ['Beregning af taksterne', 'Sammenligning med nabokommunerne'] },
  { title: 'Udbud af {S}', emne: 'udbuddet af {S}', path: 'decide', table: null, facts: ['Den nuværende kontrakt udløber ved udgangen af {NÆSTEÅR}.', 'Forvaltningen foreslår, at udbuddet gennemføres som et offentligt udbud med forhandling.'], headings: ['Udbudsform', 'Tildelingskriterier', 'Tidsplan for udbuddet'] },
  { title: 'Tilsyn med {S} {ÅR}', emne: 'tilsynet med {S}', path: 'inform', table: null, facts: ['Tilsynet er gennemført som anmeldte og uanmeldte besøg.', 'Tilsynet har ikke givet anledning til væsentlige bemærkninger.'], headings: ['Tilsynets resultater', 'Opfølgning'] },
  { title: 'Budgetudfordringer på {S}', emne: 'budgetudfordringerne på {S}', path: 'discuss', table: 'budget', facts: ['Området forventer et merforbrug på {BELØB} i {ÅR}.', 'Forvaltningen har udarbejdet forslag til tiltag, der kan bringe økonomien i balance.'], headings: ['Årsager til merforbruget', 'Mulige tiltag'] },
  { title: 'Handleplan for {S} {ÅR}-{NÆSTEÅR}', emne: 'handleplanen for {S}', path: 'decide', table: null, facts: ['Handleplanen indeholder konkrete mål og aktiviteter for de kommende to år.', 'Planen er udarbejdet i dialog med medarbejdere og brugere.'], headings: ['Mål', 'Aktiviteter', 'Opfølgning'] },
];

/** Generic topics: every area × every pattern, with the area's subjects as the slot. */
export const GENERIC_TOPICS: readonly Topic[] = Object.entries(AREA_SUBJECTS).flatMap(([area, { kle, subjects }]) =>
  subjects.flatMap((subject) =>
    PATTERNS.map((p) => ({
      area,
      titles: [p.title.replace('{S}', subject)],
      kle,
      emne: p.emne.replace('{S}', subject),
      målgruppe: 'borgerne',
      facts: p.facts,
      headings: p.headings,
      path: p.path,
      table: p.table,
    })),
  ),
);
