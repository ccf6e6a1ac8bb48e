/**
 * The class each word (by its 32-bit `low` hash) last received in a block,
 * 0 when none (values are 1–255): an open-addressing table of typed arrays,
 * cleared cheaply between blocks. A Map keyed by
 * these hashes boxes most of them (they exceed small-integer range).
 */
export class WordHistory {
  private keys = new Uint32Array(1024);
  private values = new Uint8Array(1024);
  private used = new Uint32Array(1024);
  private count = 0;

  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let s = Math.imul(key, 0x9e3779b1) >>> 0; ; s++) {
      const slot = s & mask;
      const v = this.values[slot];
      if (v === 0) return 0;
      if (this.keys[slot] === key) return v;
    }
  }

  /** Record `value` (≥ 1) for `key`. */
  set(key: number, value: number): void {
    if (this.count * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let s = Math.imul(key, 0x9e3779b1) >>> 0; ; s++) {
      const slot = s & mask;
      if (this.values[slot] === 0) {
        this.keys[slot] = key;
        this.values[slot] = value;
        this.used[this.count++] = slot;
        return;
      }
      if (this.keys[slot] === key) {
        this.values[slot] = value;
        return;
      }
    }
  }

  clear(): void {
    for (let k = 0; k < this.count; k++) this.values[this.used[k]] = 0;
    this.count = 0;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const used = this.used.subarray(0, this.count);
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Uint8Array(keys.length * 2);
    this.used = new Uint32Array(keys.length * 2);
    this.count = 0;
    for (const slot of used) this.set(keys[slot], values[slot]);
  }
}
