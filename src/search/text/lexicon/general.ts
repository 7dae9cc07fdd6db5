// SPDX-License-Identifier: EUPL-1.2
/**
 * Lexicon: general Dutch nouns, adjectives and verbs that turn up in any municipal text.
 * Base forms (singular, infinitive), normalised (lowercase, no diacritics). These are the building blocks the
 * compound splitter may cut a word into, so rare short words that would cause false cuts are left out.
 */

export const GENERAL_NOUNS = `
aanbod aandacht aandeel aangifte aanleiding aanloop aanpak aanslag aansluiting aantal aanvraag aanwezigheid
aard actie activiteit adres advies afdeling afhandeling afname afspraak afstand afweging agenda akkoord alarm
ambitie analyse antwoord apparaat arbeid artikel avond baan balans band bank basis bedrag bedrijf begeleiding
begin begrip behandeling behoefte belang beeld bekendheid beleid beoordeling bereik bericht beroep bescherming
beschikking besluit bestand besteding betaling betekenis beurt bewijs bezoek bezoeker bijdrage bijeenkomst blik
blok bodem boek bord boete bouw breuk brief bron brug buurt cijfer code complex concept contact context
contract controle cursus dag dak datum deel deelnemer deur dienst doel doelgroep doelstelling doos draagvlak
drempel druk duur eenheid effect eigenaar eigendom einde eis element ervaring evaluatie expert fase feedback
financiering formulier fout functie gang gebied gebouw gebrek gebruik gebruiker gedrag gegeven geheel geld
gelegenheid gemeenschap gesprek gevaar geval gevolg gewicht gewoonte grens groei groep grond grootte hand
handel helft herhaling hoek hoeveelheid hoofd hoogte houding huis hulp idee impact indeling informatie
infrastructuur inhoud initiatief inkomst inleiding inrichting inspanning instantie instelling instrument inzet
inzicht jaar kaart kamer kans kant kader kalender kanaal karakter keten kennis kern keuze klacht klant klas
kleur knoop koers kosten kracht kwaliteit kwestie land last leeftijd leiding lengte leven lichaam licht lijn
lijst locatie lucht maand maat machine manier markt materiaal maatregel mening methode middag middel midden
mens minuut mogelijkheid moment morgen muur naam nacht netwerk niveau noodzaak norm nummer object omgeving omvang
onderdeel onderwerp ontwerp ontwikkeling opbrengst opdracht opgave opleiding oplossing opvatting orde
organisatie overgang overleg overzicht paal pad pakket pand papier partij partner periode persoon plaats plan
planning plek plicht praktijk prijs principe prioriteit probleem procedure proces product profiel programma
project prototype punt raam reactie reden regel regeling regie relatie resultaat richting richtlijn risico rol
ronde route ruimte samenhang samenleving samenwerking schaal scherm schade schets selectie serie signaal
situatie snelheid soort spel spoor sprong stap start staat stand status steun stof stroom structuur stuk
succes systeem taak tafel tarief team techniek technologie tekort tekst tempo termijn terrein test thema tijd
toegang toekomst toepassing toestel toets tool traject transitie trend uitdaging uitgave uitkomst uitleg
uitvoering uitwerking uur vaardigheid vak verandering verantwoordelijkheid verband verbetering verbinding
verdeling vergadering verhaal verhouding verlies verschil versie verslag vertrouwen vervolg verwachting visie
voordeel voorbeeld voorstel voorwaarde voorziening vorm vraag vrijheid waarde wachttijd week wereld werkwijze
wens wijze winst woord zaak zekerheid zicht zone
aanbieder aanbieding aanvrager achtergrond actor adviseur afzender agent ambacht analist arts assistent
begeleider behandelaar beheerder bestuurder betrokkene bewoner coach collega consulent coordinator deskundige
directeur docent eigenaarschap expertise gastheer gebruikersgroep huurder inwoner kind klantgroep leider
leverancier manager medewerker mentor moeder opdrachtgever opdrachtnemer ouder partnerschap specialist student
teamleider trainer vader verkoper vertegenwoordiger voorzitter vrijwilliger werkgever werknemer
ochtend weekend feestdag vakantie seizoen zomer winter lente herfst jaargang kwartaal decennium eeuw
ruimtegebrek tekening foto video film beeldmateriaal geluid muziek taal cijferlijst percentage getal
aanmelding afmelding inschrijving uitschrijving registratie melding vergunning ontheffing aanwijzing
straat huisnummer postcode plaatsnaam provincie regio dorp kern wijkkern stadsdeel stadskern centrum
boom bloem plant dier vogel vis hond kat paard koe varken schaap kip
auto fiets trein tram bus boot schip vliegtuig taxi scooter motor wagen
`;

export const GENERAL_ADJECTIVES = `
actief actueel algemeen apart arm automatisch beperkt betaalbaar betrouwbaar bewust blauw breed centraal
collectief compact concreet constant continu creatief dagelijks decentraal democratisch digitaal direct divers
donker droog duidelijk duurzaam dynamisch echt economisch eenvoudig eerlijk effectief efficient elektrisch
elektronisch ethisch extern extra fijn financieel flexibel fysiek gemeentelijk gezamenlijk gezond geel gelijk
gericht goedkoop gratis groen groot goed handig hard helder hoog ideaal individueel informeel innovatief
integraal intensief intern jong juist juridisch kort klein kritisch kwetsbaar laag lang langdurig leeg lokaal
maatschappelijk menselijk mobiel modern mondeling nationaal nat nieuw nuttig online open openbaar oud passend
permanent persoonlijk politiek positief praktisch preventief privaat professioneel publiek rechtstreeks
regionaal rood rustig schoon schriftelijk slim snel sociaal specifiek stabiel sterk stil structureel technisch
tijdelijk toegankelijk transparant uniek veilig verantwoord vast vrij vriendelijk warm wettelijk wit
zelfstandig zichtbaar zorgvuldig zuinig zwaar zwak zwart landelijk stedelijk provinciaal europees lokaal
gezinsvriendelijk klantvriendelijk milieuvriendelijk kindvriendelijk
`;

export const GENERAL_VERBS = `
aanbieden aanpakken aanpassen aanvragen adviseren afhandelen afstemmen analyseren bekijken beheren bepalen
bereiken beschermen beslissen besparen bespreken bestellen betalen betrekken bevorderen bewegen bezoeken bieden
bouwen brengen controleren delen denken digitaliseren doorverwijzen evalueren experimenteren faciliteren
helpen herstellen informeren inrichten inspireren investeren kiezen koken kopen leren leveren lezen maken melden
meten monitoren motiveren onderhouden ontmoeten ontwerpen ontwikkelen opbouwen opleiden oplossen opschalen
organiseren plannen realiseren regelen registreren rekenen reserveren samenwerken schrijven signaleren spelen
sporten sturen testen uitvoeren veranderen verbeteren verbinden verduurzamen verhuizen verkopen verminderen
versterken verwerken voorkomen werken wonen zoeken zorgen laden opladen parkeren fietsen wandelen rijden reizen
huren verhuren scheiden inzamelen stoken verwarmen koelen isoleren recyclen repareren bezorgen ophalen
vergroenen beplanten maaien snoeien onderwijzen begeleiden ondersteunen opvangen verplegen verzorgen
`;
