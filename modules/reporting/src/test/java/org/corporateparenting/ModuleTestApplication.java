package org.corporateparenting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Boots a module on its own in its {@code @ApplicationModuleTest}s (with the modules it depends on). */
@SpringBootApplication
@Modulithic(sharedModules = "web")
public class ModuleTestApplication {
}
