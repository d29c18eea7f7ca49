// The client alone: no blocs, no core, no mocks.
import { createAdminClient } from 'admin-bloc';

const client = createAdminClient({ baseUrl: 'https://admin.example.no' });
client.data.dashboardStats({ orgIds: ['org_kNr8aQ'] }).then((answer) => console.log(answer.data.total_users));
