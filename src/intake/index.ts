// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** Intake and theory of change of a pilot. */
export const intakeModule: PlatformModule = {
  name: 'intake',
};
