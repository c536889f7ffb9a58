package org.quietline.call.guardian;

class InMemoryGuardianshipsTest implements GuardianshipsContract {

    @Override
    public Guardianships guardianships() {
        return new InMemoryGuardianships();
    }
}
