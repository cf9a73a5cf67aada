import { accountLevelReport } from '../eval/account-level.ts';

console.log(await accountLevelReport([Number(process.argv[2] ?? 11)], 1));
