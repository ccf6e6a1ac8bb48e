import { benchEngine } from './engine';
console.log(JSON.stringify(await benchEngine('/work/shared/data', { runs: 2 }), null, 1));
