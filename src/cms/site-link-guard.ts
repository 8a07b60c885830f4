/**
 * Right after a new entry is published, Decap moves to the entry's own address and asks for its
 * "Lihat di situs" link before the entry has loaded; building the link from the missing entry
 * throws, and the editor saw "Pratinjau gagal dimuat: Cannot read properties of undefined", in
 * English, over a save that had worked. Without an entry there is no link to build: the answer
 * is "none", as when the site has no address, and the link appears when the entry is opened.
 */
import { Backend } from 'decap-cms-core/dist/esm/backend';

export function guardSiteLinks() {
  const getDeploy = Backend.prototype.getDeploy;
  Backend.prototype.getDeploy = function (this: InstanceType<typeof Backend>, collection, slug, entry) {
    return entry ? getDeploy.call(this, collection, slug, entry) : undefined;
  };
}
