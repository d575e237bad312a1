// Validates SARIF logs against the official SARIF 2.1.0 JSON schema (the one
// @microsoft/jest-sarif ships), with ajv.
//   node validate.js FILE...
// Prints "schema: valid" per file, or "schema: invalid: <path>: <reason>"
// lines and exits 1.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');

const schemaFile = path.join(__dirname, 'node_modules', '@microsoft',
                             'jest-sarif', 'lib', 'schemas',
                             'sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
// The schema is draft-04: ajv 6 knows it through its meta-schema.
const ajv = new Ajv({schemaId: 'id', meta: false, allErrors: true,
                     format: 'full', logger: false});
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(schema);

let failed = false;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(log)) {
    console.log('schema: valid');
    continue;
  }
  failed = true;
  for (const e of validate.errors)
    console.log(`schema: invalid: ${file}: ${e.dataPath || '$'} ${e.message}`);
}
process.exit(failed ? 1 : 0);
