// SPDX-License-Identifier: EUPL-1.2
import type { MessageBundle } from '../platform/i18n.js';

/** Titles and details of the API's problem responses, in the client's language (Accept-Language). */
export const apiMessages: MessageBundle = {
  nl: {
    api: {
      problems: {
        bad_request: { title: 'Ongeldig verzoek', detail: 'Het verzoek kon niet worden gelezen. Controleer de JSON en de headers.' },
        invalid_parameters: { title: 'Ongeldige parameters', detail: 'Een of meer queryparameters kloppen niet; zie invalidParams.' },
        invalid_body: { title: 'Ongeldige inhoud', detail: 'Een of meer velden in de body kloppen niet; zie invalidParams.' },
        unauthenticated: { title: 'Token nodig', detail: 'Stuur een persoonlijk API-token mee: Authorization: Bearer <token>.' },
        invalid_token: { title: 'Ongeldig token', detail: 'Het API-token is onbekend of ingetrokken. Maak een nieuw token aan op uw profielpagina.' },
        forbidden: { title: 'Geen toegang', detail: 'De eigenaar van dit token mag deze actie niet uitvoeren.' },
        not_found: { title: 'Niet gevonden', detail: 'Deze resource bestaat niet of is niet openbaar.' },
        external_id_taken: { title: 'Extern kenmerk al in gebruik', detail: 'Een andere pilot heeft dit externalId al.' },
        unknown_organisation: { title: 'Onbekende organisatie', detail: 'Een of meer organisatie-id\'s bestaan niet; zie invalidParams.' },
        conditions_not_met: {
          title: 'Voorwaarden niet vervuld',
          detail: 'De pilot voldoet niet aan de voorwaarden voor publicatie; zie failedConditions.',
        },
        unsupported_media_type: { title: 'Onbekend formaat', detail: 'Stuur de body als application/json.' },
        too_large: { title: 'Te groot', detail: 'De body is te groot.' },
        too_many_requests: { title: 'Te veel verzoeken', detail: 'Wacht even en probeer het opnieuw.' },
        internal: { title: 'Er ging iets mis', detail: 'Er ging aan onze kant iets mis. Probeer het later opnieuw.' },
      },
    },
  },
  en: {
    api: {
      problems: {
        bad_request: { title: 'Bad request', detail: 'The request could not be read. Check the JSON and the headers.' },
        invalid_parameters: { title: 'Invalid parameters', detail: 'One or more query parameters are not valid; see invalidParams.' },
        invalid_body: { title: 'Invalid body', detail: 'One or more fields in the body are not valid; see invalidParams.' },
        unauthenticated: { title: 'Token required', detail: 'Send a personal API token: Authorization: Bearer <token>.' },
        invalid_token: { title: 'Invalid token', detail: 'The API token is unknown or revoked. Create a new token on your profile page.' },
        forbidden: { title: 'Forbidden', detail: 'The owner of this token may not do this.' },
        not_found: { title: 'Not found', detail: 'This resource does not exist or is not public.' },
        external_id_taken: { title: 'External id already used', detail: 'Another pilot already has this externalId.' },
        unknown_organisation: { title: 'Unknown organisation', detail: 'One or more organisation ids do not exist; see invalidParams.' },
        conditions_not_met: {
          title: 'Conditions not met',
          detail: 'The pilot does not meet the conditions for publication; see failedConditions.',
        },
        unsupported_media_type: { title: 'Unsupported media type', detail: 'Send the body as application/json.' },
        too_large: { title: 'Too large', detail: 'The body is too large.' },
        too_many_requests: { title: 'Too many requests', detail: 'Wait a moment and try again.' },
        internal: { title: 'Something went wrong', detail: 'Something went wrong on our side. Please try again later.' },
      },
    },
  },
};
