// SPDX-License-Identifier: EUPL-1.2
/** Thesaurus: safety, enforcement, subversive crime, crisis management and information security. */
import { concept, type ConceptDef } from './types.js';

export const SAFETY_CONCEPTS: readonly ConceptDef[] = [
  concept('c_handhaving', 'handhaving', 'handhaving | handhaver | handhavers | boa | boa\'s | buitengewoon opsporingsambtenaar | buitengewoon opsporingsambtenaren | toezichthouder | toezichthouders | stadswacht | toezicht | bestuurlijke strafbeschikking | bestuurlijke boete | bekeuring | bekeuringen | naleving | handhavingsbeleid | last onder dwangsom | bestuursdwang'),
  concept('c_ondermijning', 'ondermijning', 'ondermijning | georganiseerde criminaliteit | drugscriminaliteit | witwassen | bibob | ondermijnende criminaliteit | drugslab | drugslabs | hennepkwekerij | hennepkwekerijen | mensenhandel | uitbuiting | riec | weerbaar bestuur | criminele inmenging | malafide ondernemers'),
  concept('c_veiligheid', 'veiligheid', 'veiligheid | openbare orde | criminaliteit | politie | wijkagent | wijkagenten | veiligheidsgevoel | onveiligheid | onveiligheidsgevoelens | integrale veiligheid | veiligheidsbeleid | openbare orde en veiligheid | oov | inbraak | woninginbraak | diefstal | buurtpreventie | buurtwhatsapp'),
  concept('c_cameratoezicht', 'cameratoezicht', 'cameratoezicht | camera | camera\'s | bewakingscamera | bewakingscamera\'s | beveiligingscamera | videobewaking | slimme camera | slimme camera\'s | bodycam | bodycams | anpr | kentekenherkenning | camerabeelden | flexibel cameratoezicht'),
  concept('c_overlast', 'overlast', 'overlast | jeugdoverlast | hangjongeren | woonoverlast | burenruzie | burenruzies | burenoverlast | buurtbemiddeling | hinder | drugsoverlast | straatintimidatie | overlastgevers | overlastgevend gedrag | hangplekken'),
  concept('c_radicalisering', 'radicalisering', 'radicalisering | extremisme | polarisatie | terrorisme | jihadisme | complotdenken | rechtsextremisme | deradicalisering'),
  concept('c_crisis', 'crisisbeheersing', 'crisisbeheersing | crisis | rampenbestrijding | veiligheidsregio | calamiteiten | calamiteit | noodsituatie | brandweer | evacuatie | hulpdiensten | ghor | crisiscommunicatie | pandemie | corona | covid-19 | noodopvang | nl-alert | brandveiligheid'),
  concept('c_cybersecurity', 'informatiebeveiliging', 'cybersecurity | informatiebeveiliging | cyberveiligheid | hack | hacks | datalek | datalekken | phishing | ransomware | baseline informatiebeveiliging overheid | digitale weerbaarheid | cyberaanval | cyberaanvallen | cybercrime | ciso | penetratietest'),
  concept('c_fraude', 'fraude', 'fraude | misbruik | fraudebestrijding | oneigenlijk gebruik | adresfraude | identiteitsfraude | uitkeringsfraude | zorgfraude | woonfraude | fraudepreventie | fraudesignalen'),
  concept('c_jeugdcriminaliteit', 'jeugdcriminaliteit', 'jeugdcriminaliteit | criminele jongeren | halt-afdoening | halt-straf | wapenbezit | messen | mesgeweld | drill | jonge aanwas | preventie jeugdcriminaliteit | ondermijning jongeren | explosies'),
  concept('c_zorg_veiligheid', 'zorg en veiligheid', 'zorg- en veiligheidshuis | veiligheidshuis | zorg en veiligheid | persoonsgerichte aanpak | pga | multiprobleem | multiproblematiek | complexe casuïstiek | top-600 | top600'),
  concept('c_horeca_vergunning', 'alcohol en horeca', 'drank- en horecawet | alcoholwet | horecavergunning | horeca | coffeeshop | coffeeshops | prostitutie | seksbranche | exploitatievergunning | sluitingstijden'),
  concept('c_apv', 'APV en regelgeving', 'apv | algemene plaatselijke verordening | verordening | verordeningen | beleidsregels | regelgeving | deregulering | regeldruk | regelarm'),
];
