// The same types through `require` (the "require" condition: index.d.cts).
import cv = require('customer-validate');
import type { StandardSchemaV1 } from '@standard-schema/spec';

const s: StandardSchemaV1 = cv.schema('bloc', 'update');
const r: cv.ValidateResult = cv.validate('calypso', 'block', {});
const code: cv.Code | undefined = r.ok ? undefined : r.issues[0]?.code;
void [s, code];
const needs: cv.Requirements = cv.requirements('bloc', 'create');
const fields: cv.CustomerField[] = needs.optional;
void fields;
