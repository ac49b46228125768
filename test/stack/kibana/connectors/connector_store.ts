// The connectors of each Kibana space (Stack Management → Connectors), as `GET /api/actions/connectors` lists them
// and as a rule's actions must name them. Preconfigured connectors (kibana.yml) belong to every space.

/** One connector in the Actions API's response shape (secrets never leave Kibana). */
export interface EmulatorConnector {
  id: string;
  name: string;
  connector_type_id: string;
  is_preconfigured: boolean;
  is_deprecated: boolean;
  is_missing_secrets: boolean;
  is_system_action: boolean;
  /** Absent for preconfigured connectors, as Kibana answers them. */
  config?: Record<string, unknown>;
}

/** A connector to put in a space (every space when preconfigured); the rest defaults to a healthy, user-made one. */
export type ConnectorSeed = Pick<EmulatorConnector, 'id' | 'name' | 'connector_type_id'> &
  Partial<EmulatorConnector> & { space?: string };

export class ConnectorStore {
  private readonly bySpace = new Map<string, Map<string, EmulatorConnector>>();
  private readonly preconfigured = new Map<string, EmulatorConnector>();

  add(seed: ConnectorSeed): EmulatorConnector {
    const { space = 'default', ...fields } = seed;
    const connector: EmulatorConnector = {
      is_preconfigured: false,
      is_deprecated: false,
      is_missing_secrets: false,
      is_system_action: false,
      ...(fields.is_preconfigured ? {} : { config: {} }),
      ...fields,
    };
    if (connector.is_preconfigured) {
      this.preconfigured.set(connector.id, connector);
      return connector;
    }
    const connectors = this.bySpace.get(space) ?? new Map<string, EmulatorConnector>();
    connectors.set(connector.id, connector);
    this.bySpace.set(space, connectors);
    return connector;
  }

  list(space: string): EmulatorConnector[] {
    const own = this.bySpace.get(space)?.values() ?? [];
    return [...this.preconfigured.values(), ...own].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(space: string, id: string): EmulatorConnector | undefined {
    return this.preconfigured.get(id) ?? this.bySpace.get(space)?.get(id);
  }
}
