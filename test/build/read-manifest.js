"use strict";
/**
 * Reads an XML manifest with office-addin-manifest and prints { info, xml } as JSON. Run in a child process by
 * manifest.test.ts: office-addin-manifest pulls in ESM-only packages (uuid 14) that Jest's CommonJS runtime
 * cannot load on Node 20, while plain Node can.
 */
const { OfficeAddinManifest } = require("office-addin-manifest");
const { ManifestHandlerXml } = require("office-addin-manifest/lib/manifestHandler/manifestHandlerXml");

async function main(manifestPath) {
  const info = await OfficeAddinManifest.readManifestFile(manifestPath);
  const xml = await new ManifestHandlerXml(manifestPath).parseXmlAsync();
  process.stdout.write(JSON.stringify({ info, xml }));
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(1);
});
