// Validates a Frictionless Data Package and every resource it points at, with frictionlessdata's own JavaScript
// implementation (datapackage-js and tableschema-js, pinned in package-lock.json):
//   1. the descriptor against the Data Package profile it declares (tabular-data-package, via its JSON Schema);
//   2. every resource: its CSV header against its Table Schema's field names, every cell cast to its field's type and
//      format and checked against its constraints (required, enum), primary keys unique, foreign keys resolved.
// Usage: node validate.js <descriptor URL or path>. Prints one line per resource; exit code 0 when all is valid.
'use strict';
const {Package} = require('datapackage');

async function main(descriptor) {
  const dataPackage = await Package.load(descriptor);
  if (!dataPackage.valid) {
    for (const error of dataPackage.errors) {
      console.log(`INVALID descriptor: ${error.message}`);
    }
    return 1;
  }
  if (dataPackage.descriptor.profile !== 'tabular-data-package') {
    console.log(`INVALID descriptor: profile is ${dataPackage.descriptor.profile}, not tabular-data-package`);
    return 1;
  }
  let problems = 0;
  for (const resource of dataPackage.resources) {
    if (!resource.tabular) {
      console.log(`INVALID ${resource.name}: not a tabular resource`);
      problems++;
      continue;
    }
    try {
      const rows = await resource.read({keyed: true, cast: true, relations: true});
      console.log(`VALID ${resource.name}: ${rows.length} rows, fields ${resource.schema.fieldNames.join(',')}`);
    } catch (error) {
      problems++;
      const details = (error.errors || []).map((e) => e.message).join('; ');
      console.log(`INVALID ${resource.name}: ${error.message}${details ? ': ' + details : ''}`);
    }
  }
  return problems === 0 ? 0 : 1;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error) => {
    console.log(`ERROR ${error.message}`);
    process.exit(2);
  });
