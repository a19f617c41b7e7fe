import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { listImageProviders } from "@/lib/providers/image";
import { listPrices, priceFor } from "@/lib/usage/price-table";

/** Every image provider, whether this server can use it, and what one image costs with each of its models. */
export const GET = withUser(async () => ({
  providers: listImageProviders().map((provider) => ({
    ...provider,
    usdPerImage: priceFor({ provider: provider.name, model: provider.model }).usdPerImage,
    prices: listPrices(provider.name).map(({ model, quality, usdPerImage }) => ({ model, quality: quality ?? null, usdPerImage })),
  })),
}));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
