// SPDX-License-Identifier: EUPL-1.2
/**
 * Lexicon: everyday Dutch — places, buildings, people and roles, time, materials, objects, food, nature and
 * common abstract nouns. Pilot texts are written by people, not by policy departments, so compounds of these
 * words ("buurtkamer", "schoolplein", "wijkagent") are everywhere.
 */

export const PLACES_AND_BUILDINGS = `
wijk stad weg kerk moskee synagoge tempel zee rivier meer kanaal vaart plas vijver beek polder eiland heide
commissie bureau zaal hal gang trap lift kelder zolder garage schuur loods hangar fabriek werkplaats atelier
kruising oversteek viaduct snelweg provinciale ringweg laan steeg hof plein markt kade singel wal dam
winkel supermarkt bakkerij slagerij kapper apotheek drogist bank postkantoor bioscoop sporthal stadion
kantine restaurant cafe kroeg hotel pension camping hostel herberg
ziekenhuis kliniek polikliniek gezondheidscentrum zorgcentrum wooncentrum woonzorgcentrum hospice
gevangenis rechtbank politiebureau brandweerkazerne kazerne gemeentewerf werf milieustraat stort
school kindcentrum gymzaal aula klaslokaal lokaal schoolplein speelplaats schoolgebouw campus
huiskamer keuken badkamer slaapkamer toilet douche tuin balkon dak zolder voordeur achterdeur raam
flat portiek galerij appartement eengezinswoning rijtjeshuis villa boerderij bungalow woonblok woontoren
`;

export const PEOPLE_AND_ROLES = `
burger vrouw meisje jongen tiener kind broer zus oma opa kleinkind buur buurman buurvrouw gast bezoeker
leraar lerares juf meester dokter verpleger verzorger therapeut apotheker tandarts verloskundige
hulpverlener zorgprofessional professional vakman monteur installateur elektricien loodgieter schilder
timmerman metselaar stratenmaker hovenier tuinman groenbeheerder boswachter handhaver conducteur
chauffeur buschauffeur taxichauffeur fietsenmaker bezorger koerier postbode schoonmaker beveiliger
ondernemer winkelier horecaondernemer zzp zelfstandige freelancer adviseur consultant onderzoeker
ontwerper programmeur ontwikkelaar beheerder analist ambtenaar bestuurder politicus journalist
kunstenaar muzikant sporter trainer scheidsrechter vrijwilliger stagiair leerling cursist deelnemer
inwoner bewoner huurder eigenaar koper verkoper klant cliënt patiënt bewindvoerder curator mentor
`;

export const TIME_AND_ABSTRACT = `
tijdstip tijdvak tijdlijn planning dagdeel werkdag weekdag zaterdag zondag maandag dinsdag woensdag
donderdag vrijdag januari februari maart april mei juni juli augustus september oktober november december
verleden toekomst geschiedenis traditie gewoonte ritueel
recht rechten plicht verplichting belofte afspraak overeenkomst akkoord handtekening
strategie tactiek proef pilotfase testfase startfase eindfase mijlpaal deadline doorlooptijd
succesfactor valkuil knelpunt obstakel barriere kans bedreiging sterkte zwakte
nabijheid afstand bereikbaarheid beschikbaarheid betaalbaarheid haalbaarheid wenselijkheid noodzaak
kwantiteit hoeveelheid omvang grootte massa volume capaciteit vermogen verbruik productie opbrengst
gelijkheid ongelijkheid rechtvaardigheid solidariteit vertrouwen wantrouwen respect waardering erkenning
geluk welbevinden tevredenheid ontevredenheid zorgen angst stress spanning rust ruzie vrede
eenvoud complexiteit samenhang overzicht inzicht uitzicht vooruitzicht perspectief
feest viering jubileum herdenking ceremonie opening sluiting
`;

export const THINGS_AND_MATERIALS = `
computer laptop tablet smartphone mobiel printer scanner beeldscherm toetsenbord robot apparatuur
mail email post pakket envelop formulier handboek folder flyer poster brochure boekje krant tijdschrift
voedsel eten drinken maaltijd lunch ontbijt diner soep brood groente fruit vlees melk koffie thee suiker
hout steen beton staal ijzer aluminium koper plastic rubber textiel stof wol katoen leer klei zand grind
verf lijm olie vet zout kalk cement asbest glaswol
lamp lantaarn kabel draad buis leiding pijp kraan klep pomp motor accu batterij zonnecel paneel
bank stoel tafel kast bed deur poort hek schutting muur vloer plafond trap ladder
vuilnis zak bak rand spiegel stalling vereniging voet oog oor mond hart rug been nek knie schouder huid
bal fiets skateboard step speelgoed spelletje puzzel boek
ziekte griep verkoudheid koorts pijn wond letsel ongeluk ongeval blessure allergie astma diabetes kanker
medicijn pil vaccin vaccinatie test zelftest mondkapje
`;

export const NATURE_AND_WEATHER = `
weer temperatuur graad zonneschijn bewolking mist vorst ijzel hagel onweer bliksem hittegolf
seizoen voorjaar najaar zomer winter herfst lente
aarde hemel lucht wolk regen sneeuw wind storm orkaan
dier vogel mus merel meeuw reiger eend gans zwaan uil vleermuis egel vos haas konijn hert ree bever das
vis paling snoek karper kikker pad salamander slang hagedis libel mug vlieg wesp hommel rups kever
plant boom eik beuk berk wilg populier linde kastanje esdoorn spar struik haag heester bloem roos
gras riet mos varen klimop molen bloembol tulp narcis zaad vrucht blad tak stam wortel knop
`;
