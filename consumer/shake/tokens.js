// One constant of the mocks entry: neither MSW nor the seeded db may come along.
import { DEMO_TOKENS } from 'admin-bloc/mocks';

console.log(DEMO_TOKENS.admin);
