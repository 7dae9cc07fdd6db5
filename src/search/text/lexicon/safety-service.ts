// SPDX-License-Identifier: EUPL-1.2
/**
 * Lexicon: safety and enforcement, and service delivery (front office, digital services, data, ICT, privacy).
 */

export const SAFETY_WORDS = `
veiligheid onveiligheid openbare orde criminaliteit misdaad politie wijkagent agent handhaving handhaver
toezicht toezichthouder boa stadswacht beveiliging beveiliger bewaking camera cameratoezicht videobewaking
bodycam ondermijning witwassen mensenhandel uitbuiting drugslab hennepkwekerij drugshandel drugsoverlast
bibob integriteit fraude misbruik oplichting diefstal inbraak woninginbraak vandalisme brandstichting geweld
overlast jeugdoverlast woonoverlast burenoverlast hangjongere hangplek intimidatie straatintimidatie
buurtbemiddeling bemiddeling mediation conflict ruzie buurtpreventie buurtwacht whatsappgroep
radicalisering extremisme polarisatie terrorisme
crisis crisisbeheersing calamiteit ramp rampenbestrijding brandweer brand evacuatie noodplan noodopvang
veiligheidsregio veiligheidshuis veiligheidsbeleid veiligheidsgevoel risicoanalyse
cyberveiligheid cybersecurity informatiebeveiliging datalek hack phishing ransomware cybercrime
proces verbaal bekeuring boete strafbeschikking sanctie dwangsom last bestuursdwang sluiting
naleving verordening apv evenementenvergunning horecavergunning drank alcoholwet
wapen mes vuurwerk explosie
`;

export const SERVICE_WORDS = `
dienstverlening klantcontact klantcontactcentrum kcc klantreis klantvraag klanttevredenheid klantbeleving
publiekszaken burgerzaken balie loket servicepunt stadswinkel gemeentewinkel frontoffice backoffice
afspraak wachtrij wachttijd telefoon telefonie callcenter contactcentrum terugbelverzoek
paspoort identiteitskaart rijbewijs reisdocument uittreksel verhuizing verhuisaangifte geboorteaangifte
huwelijk partnerschap overlijden naturalisatie burgerlijke stand
website webformulier formulier eformulier portaal mijnomgeving app applicatie webapp selfservice
digid eherkenning inloggen authenticatie identificatie identiteit wallet handtekening
chatbot chat webchat livechat spraakassistent assistent avatar
brief nieuwsbrief communicatie voorlichting campagne taalgebruik begrijpelijk
klacht klachtafhandeling bezwaar bezwaarschrift beroep ombudsman geschil
data gegeven dataset databank database datawarehouse datalake dataplatform datakwaliteit datadeling
datagedreven dataanalyse analyse dashboard rapportage visualisatie statistiek monitor meting indicator
algoritme model voorspelling voorspelmodel kunstmatige intelligentie machine learning taalmodel
ai privacy gegevensbescherming persoonsgegeven avg dpia verwerking verwerkingsregister anonimisering
sensor sensornetwerk meetnet meetpunt meetkast iot lorawan netwerk wifi glasvezel antenne zendmast
smart city digitale tweeling stadsmodel simulatie kaart kaartlaag geodata gis luchtfoto basisregistratie
brp bag bgt brk brp woz register registratie administratie archief archivering informatiebeheer
zaakgericht zaaksysteem documentbeheer dms woo wob openbaarmaking transparantie
ict software hardware cloud server platform koppeling interface api standaard standaardisatie
informatievoorziening informatiebeleid informatiemanagement architectuur
automatisering procesautomatisering robotisering blockchain
digitalisering innovatie experiment proeftuin pilot living lab innovatielab
`;
