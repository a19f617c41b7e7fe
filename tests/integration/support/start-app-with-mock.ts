import { signUpUser } from "../../support/api-client";
import { startMockModelServer } from "../../support/mock-model-server";
import { mockProviderEnv } from "../../support/mock-provider-env";
import { startTestApp } from "./start-test-app";

/** The app on PostgreSQL with both remote providers pointed at a fresh mock, a signed-up user and a project. */
export async function startAppWithMock(projectName: string) {
  const mock = await startMockModelServer();
  const app = await startTestApp({ database: "postgres", env: mockProviderEnv(mock) });
  const user = await signUpUser(app.url);
  const projectId: string = (await user.api.post("/api/v1/projects", { name: projectName })).body.project.id;
  return {
    app,
    mock,
    user,
    projectId,
    async stop() {
      await app.stop();
      await mock.close();
    },
  };
}
