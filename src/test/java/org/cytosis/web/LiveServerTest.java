package org.cytosis.web;

import org.cytosis.engine.Classifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A server on a free loopback port for the tests of one class, and a client to talk to it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LiveServerTest {

  Classifier classifier;
  WebServer server;
  HttpTestClient http;

  @BeforeAll
  void startServer() {
    classifier = Classifier.create();
    server = WebServer.start(org.cytosis.usecase.Cytosis.of(classifier), "127.0.0.1", 0);
    http = new HttpTestClient(server);
  }

  @AfterAll
  void stopServer() {
    server.close();
  }
}
