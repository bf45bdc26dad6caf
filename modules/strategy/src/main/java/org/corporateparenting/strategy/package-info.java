/**
 * A council's corporate parenting strategy: its priorities, the yearly action plans that deliver them, the
 * actions in those plans and the progress recorded against them, with a suggested RAG rating for each action.
 * <p>
 * The root package holds what other modules may use: the events this module publishes and the vocabulary they
 * carry. Everything else is internal: {@code domain} (the records and their rules), {@code application}
 * (use cases), {@code web} (API and pages) and {@code starter} (importing a council's {@code strategy.yaml}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategy")
package org.corporateparenting.strategy;
