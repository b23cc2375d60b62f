/**
 * Every route the server registers, as registered: lets a test hold the OpenAPI document to the
 * routes that really answer (a route missing from the document is a route no client author sees).
 */
import type { FastifyInstance } from 'fastify';

export type RegisteredRoute = {
  method: string;
  url: string;
  /** `schema.hide`: the docs pages' own routes, deliberately out of the document. */
  hidden: boolean;
};

const routesByApp = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Call before registering routes. */
export function recordRoutes(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  routesByApp.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const hidden = route.schema?.hide === true;
    for (const method of methods) routes.push({ method, url: route.url, hidden });
  });
}

export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return routesByApp.get(app) ?? [];
}
