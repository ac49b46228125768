// The emulator's users are the stack's shared demo users (../../auth/users.ts), so Kibana and the Elasticsearch
// proxy agree on passwords, API keys and roles.
export * from '../../auth/users';
